import type { Language } from '../i18n/language.js';
import type { HubEvent } from '../events/event.js';
import type { EventReader } from '../events/event-store.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, GoneError, NotFoundError, ValidationError } from '../shared/errors.js';
import type { LinkSigner } from '../shared/signed-links.js';
import { logger } from '../shared/logger.js';
import { cancellationLinkExpired, readCancellationToken } from './cancellation-link.js';
import { notifyOf, type RegistrantMail, type RegistrationNotifier } from './notifier.js';
import type { Registration } from './registration.js';
import {
  CONSENT_TEXT_VERSION,
  cancellationRefusal,
  fullError,
  normaliseEmail,
  registersForReplay,
  registrationWindow,
} from './registration-rules.js';
import type { RegistrationStore } from './registration-store.js';

/** A validated registration body (see schemas.ts). */
export interface RegistrationInput {
  firstName: string;
  lastName: string;
  email: string;
  organisation?: string;
  role?: string;
  consent: true;
  newsletter: boolean;
  /** Absent: French. */
  language?: Language;
}

export interface RegistrationServiceDeps {
  events: EventReader;
  store: RegistrationStore;
  notifier: RegistrationNotifier;
  clock: Clock;
  signer: LinkSigner;
  /** Tells someone who registered for the replay how to watch it (the replays feature: its link, once published). */
  replayRegistered?: (event: HubEvent, registration: Registration) => Promise<void>;
  /** Sends the newsletter's double opt-in mail to a registrant who ticked the box (the wish alone subscribes no one). */
  newsletterOptIn?: (registration: Registration) => Promise<void>;
}

/**
 * An address already registered gets no registration back: whoever typed it may be a stranger, and the
 * answer must not tell them what is stored (its status, its name, its rank). Nothing was written or sent.
 */
export type RegisterResult =
  | { outcome: 'created'; event: HubEvent; registration: Registration }
  | { outcome: 'already-registered'; event: HubEvent };

export interface CancelResult {
  event: HubEvent;
  registration: Registration;
  alreadyCancelled: boolean;
}

const INVALID_LINK = 'Ce lien d’annulation est invalide. Utilisez le lien reçu par e-mail, sans le modifier.';
const EXPIRED_LINK = 'Ce lien d’annulation a expiré : l’événement est terminé depuis plus d’un mois.';

/** Registering and cancelling by link, as the public does; RegistrationAdminService adds what staff do. */
export class RegistrationService {
  constructor(private readonly deps: RegistrationServiceDeps) {}

  /** The event a registration form posts to; drafts do not exist for the public. */
  async publicEvent(slug: string): Promise<HubEvent> {
    const event = await this.deps.events.getBySlug(slug);
    if (!event || event.status === 'draft') throw new NotFoundError('Cet événement est introuvable.');
    return event;
  }

  async register(slug: string, input: RegistrationInput): Promise<RegisterResult> {
    const event = await this.publicEvent(slug);
    const now = this.deps.clock.now();
    const forReplay = registersForReplay(event, now);
    const window = registrationWindow(event, now);
    if (!forReplay && !window.open) throw window.error;
    const newRegistration = {
      eventId: event.id,
      firstName: input.firstName,
      lastName: input.lastName,
      email: normaliseEmail(input.email),
      organisation: input.organisation,
      role: input.role,
      consentTextVersion: CONSENT_TEXT_VERSION,
      newsletter: input.newsletter,
      language: input.language,
    };
    const outcome = forReplay
      ? await this.deps.store.registerForReplay(newRegistration, now)
      : await this.deps.store.register(newRegistration, now, (registration) => [
          { kind: registration.status === 'waitlisted' ? 'waitlisted' : 'confirmed', event, registration },
        ]);
    switch (outcome.kind) {
      case 'created': {
        const { registration } = outcome;
        await queueMails(this.deps.notifier, outcome.mailsToQueue);
        const { replayRegistered } = this.deps;
        if (forReplay && replayRegistered)
          await notify('replay link', registration, () => replayRegistered(event, registration));
        const { newsletterOptIn } = this.deps;
        if (registration.newsletter && newsletterOptIn) {
          await notify('newsletter opt-in', registration, () => newsletterOptIn(registration));
        }
        return { outcome: 'created', event, registration };
      }
      case 'duplicate':
        return { outcome: 'already-registered', event };
      case 'full':
        throw fullError();
      case 'closed': {
        const current = await this.deps.events.get(event.id);
        const reason = current ? registrationWindow(current, now) : undefined;
        throw reason && !reason.open
          ? reason.error
          : new ConflictError('Les inscriptions à cet événement sont closes.', 'inscriptions-closes');
      }
    }
  }

  /** 1 for the first in line; for the result page. */
  waitlistRank(registration: Registration): Promise<number | undefined> {
    return this.deps.store.waitlistRank(registration);
  }

  /** What a cancellation link points at, without changing anything (GET may be a link scanner). */
  async previewCancellation(token: string): Promise<{ event: HubEvent; registration: Registration }> {
    const link = readCancellationToken(this.deps.signer, token);
    if (!link) throw new ValidationError({ token: [INVALID_LINK] }, INVALID_LINK);
    if (cancellationLinkExpired(this.deps.signer, token, this.deps.clock.now()))
      throw new GoneError(EXPIRED_LINK, 'lien-expire');
    const [event, registration] = await Promise.all([
      this.deps.events.get(link.eventId),
      this.deps.store.get(link.eventId, link.registrationId),
    ]);
    if (!event || !registration) {
      throw new NotFoundError('Cette inscription est introuvable : elle a peut-être été supprimée.');
    }
    return { event, registration };
  }

  async cancelByToken(token: string): Promise<CancelResult> {
    const { event, registration } = await this.previewCancellation(token);
    if (registration.status === 'cancelled') return { event, registration, alreadyCancelled: true };
    const now = this.deps.clock.now();
    const refusal = cancellationRefusal(event, now);
    if (refusal) throw refusal;
    const outcome = await this.deps.store.cancel(event.id, registration.id, now, (cancelled, promoted) => [
      { kind: 'cancelled', event, registration: cancelled },
      ...(promoted ? [{ kind: 'promoted' as const, event, registration: promoted }] : []),
    ]);
    if (outcome.kind === 'not-found') throw new NotFoundError('Cette inscription est introuvable.');
    if (outcome.kind === 'already-cancelled') {
      return { event, registration: outcome.registration, alreadyCancelled: true };
    }
    await queueMails(this.deps.notifier, outcome.mailsToQueue);
    return { event, registration: outcome.registration, alreadyCancelled: false };
  }
}

/**
 * Queues, after the commit, the mails a change's transaction did not write (the in-process outbox, which
 * retries each mail until it is delivered): a queueing that still fails is logged, the change stands.
 */
export async function queueMails(notifier: RegistrationNotifier, mails: RegistrantMail[]): Promise<void> {
  for (const mail of mails) await notify(mail.kind, mail.registration, () => notifyOf(notifier, mail));
}

/** A mail that fails is logged: the registration it reports on stands. */
export async function notify(
  what: string,
  registration: Registration,
  send: () => Promise<void>,
): Promise<void> {
  try {
    await send();
  } catch (error) {
    logger.error('registration notification failed', {
      notification: what,
      eventId: registration.eventId,
      registrationId: registration.id,
      error,
    });
  }
}
