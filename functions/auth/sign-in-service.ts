import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../shared/clock.js';
import { normaliseEmail } from '../shared/email.js';
import { newToken } from '../shared/ids.js';
import { logger } from '../shared/logger.js';
import { SIGN_IN_MAILS } from '../limits/rate-limit-rules.js';
import type { RateLimitService } from '../limits/rate-limit-service.js';
import type { MemberDirectory } from './member-directory.js';
import type { TrainerDirectory } from './trainer-directory.js';
import type { Role, SignedInUser } from './session.js';
import type { SignInMails } from './sign-in-mails.js';
import type { SignInStore } from './sign-in-store.js';

export const MAGIC_LINK_LIFETIME_MS = 15 * 60 * 1000;
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
/**
 * Every link request takes at least this long, whether or not a mail leaves, so that response
 * times do not tell which addresses are staff.
 */
const LINK_REQUEST_FLOOR_MS = 200;

/** 32 random bytes in base64url: what `newToken()` produces for links and session ids. */
const SECRET_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export interface SignInOptions {
  baseUrl: string;
  staffEmails: readonly string[];
  /** Partner members sign in by the same link, with the role `partner` and their organisation. */
  members?: MemberDirectory;
  /** Trainers sign in by the same link, with the role `trainer` and their events. */
  trainers?: TrainerDirectory;
  /** At most three links mailed to one address every fifteen minutes. */
  limits: Pick<RateLimitService, 'take'>;
}

export interface CompletedSignIn {
  sessionId: string;
  user: SignedInUser;
}

/** Passwordless staff sign-in: single-use magic links, then server-side sessions that can be revoked. */
export class SignInService {
  constructor(
    private readonly store: SignInStore,
    private readonly mails: SignInMails,
    private readonly clock: Clock,
    private readonly options: SignInOptions,
  ) {}

  isStaff(email: string): boolean {
    return this.options.staffEmails.includes(normaliseEmail(email));
  }

  /** Sends a link to allow-listed addresses; says nothing, by its result or its failures, about others. */
  async requestLink(email: string): Promise<void> {
    const started = performance.now();
    const address = normaliseEmail(email);
    try {
      // Past the address's limit no link leaves, and the answer stays the same.
      if ((await this.identify(address)) && (await this.options.limits.take(SIGN_IN_MAILS, address)).allowed)
        await this.sendLink(address);
    } catch (error) {
      logger.error('magic link not sent', { error });
    }
    const remaining = LINK_REQUEST_FLOOR_MS - (performance.now() - started);
    if (remaining > 0) await sleep(remaining);
  }

  /** Whether the link's token would still sign in; uses nothing up, so mail scanners may open the link. */
  async isLinkUsable(token: string): Promise<boolean> {
    return SECRET_FORMAT.test(token) && (await this.store.hasMagicLink(sha256(token), this.clock.now()));
  }

  /** Consumes the link's token and opens a session, or undefined when it is unknown, used or expired. */
  async completeSignIn(token: string): Promise<CompletedSignIn | undefined> {
    if (!SECRET_FORMAT.test(token)) return undefined;
    const now = this.clock.now();
    const email = await this.store.consumeMagicLink(sha256(token), now);
    const identity = email ? await this.identify(email) : undefined;
    if (!email || !identity) return undefined;
    const sessionId = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await this.store.saveSession({
      idHash: sha256(sessionId),
      email,
      role: identity.role,
      createdAt: now,
      expiresAt,
    });
    return { sessionId, user: signedIn(sessionId, email, identity, expiresAt) };
  }

  /** The user a session id belongs to; staff removed from the allow-list lose access at once. */
  async userFor(sessionId: string): Promise<SignedInUser | undefined> {
    if (!SECRET_FORMAT.test(sessionId)) return undefined;
    const session = await this.store.findSession(sha256(sessionId), this.clock.now());
    if (!session) return undefined;
    // The role is re-read at every request: staff removed from the allow-list, or a member removed from
    // an organisation, lose access at once. A session older than the current membership was opened under a
    // withdrawn one: inviting the address again does not bring it back.
    const identity = await this.identify(session.email);
    if (!identity || identity.role !== session.role) return undefined;
    if (identity.memberSince && session.createdAt < new Date(identity.memberSince)) return undefined;
    return signedIn(sessionId, session.email, identity, session.expiresAt);
  }

  /** Staff first (allow-list), then partner membership, then trainers; undefined for anyone else. */
  private async identify(email: string): Promise<Identity | undefined> {
    if (this.isStaff(email)) return { role: 'staff' };
    const membership = await this.options.members?.membershipOf(email);
    if (membership)
      return { role: 'partner', organisationId: membership.organisationId, memberSince: membership.since };
    const eventIds = (await this.options.trainers?.eventsTrainedBy(email)) ?? [];
    return eventIds.length ? { role: 'trainer', eventIds } : undefined;
  }

  async signOut(sessionId: string): Promise<void> {
    if (SECRET_FORMAT.test(sessionId)) await this.store.deleteSession(sha256(sessionId));
  }

  private async sendLink(email: string): Promise<void> {
    const token = newToken();
    const expiresAt = new Date(this.clock.now().getTime() + MAGIC_LINK_LIFETIME_MS);
    await this.store.saveMagicLink({ tokenHash: sha256(token), email, expiresAt });
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}/auth/callback?token=${token}`;
    await this.mails.magicLink(email, url, expiresAt);
  }
}

interface Identity {
  role: Role;
  organisationId?: string;
  memberSince?: string;
  eventIds?: string[];
}

function signedIn(sessionId: string, email: string, identity: Identity, expiresAt: Date): SignedInUser {
  return {
    sessionId,
    email,
    role: identity.role,
    ...(identity.organisationId ? { organisationId: identity.organisationId } : {}),
    ...(identity.eventIds ? { eventIds: identity.eventIds } : {}),
    expiresAt: expiresAt.toISOString(),
  };
}

function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
