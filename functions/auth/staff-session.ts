import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { HubConfig } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import { readSessionCookie } from './session-cookie.js';
import type { SignInStore } from './sign-in-store.js';

const SESSION_ID_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export interface StaffSessionDeps {
  store: Pick<SignInStore, 'findSession'>;
  config: Pick<HubConfig, 'HUB_SIGNING_KEY' | 'HUB_BASE_URL'>;
  /**
   * The allow-list, where the process reads it (the full app): staff removed from it lose access at once. The public
   * function does not read it; there a session opened as staff stays staff until it ends or its holder signs out.
   */
  staffEmails?: readonly string[];
  clock: Clock;
}

/**
 * The address of the staff member whose session the request carries, else undefined: what a public route needs
 * to let staff preview (the replay page) without the sign-in service, its mails and partner directory.
 */
export function staffSessionReader(deps: StaffSessionDeps) {
  return async (c: Context): Promise<string | undefined> => {
    const sessionId = await readSessionCookie(c, deps.config);
    if (!sessionId || !SESSION_ID_FORMAT.test(sessionId)) return undefined;
    const session = await deps.store.findSession(
      createHash('sha256').update(sessionId).digest('hex'),
      deps.clock.now(),
    );
    if (session?.role !== 'staff') return undefined;
    return !deps.staffEmails || deps.staffEmails.includes(session.email) ? session.email : undefined;
  };
}
