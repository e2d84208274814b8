import type { HubEvent } from '../events/event.js';
import { isExpired, type LinkSigner } from '../shared/signed-links.js';
import type { Registration } from './registration.js';

export const CANCEL_PURPOSE = 'cancel-registration';
export const CANCEL_PATH = '/inscriptions/annuler';

/**
 * A cancellation link works until its event is well over: 30 days after its end, so that a link stays
 * good through a short postponement (a longer one is mailed with a fresh link).
 */
export const CANCEL_LINK_DAYS_AFTER_END = 30;
const DAY = 24 * 60 * 60 * 1000;

/** The personal link every registrant's mail carries; GET shows a page, only POST cancels. */
export function cancellationUrl(
  baseUrl: string,
  signer: LinkSigner,
  registration: Registration,
  event: Pick<HubEvent, 'endsAt'>,
  /** The page's path in the registrant's language. */
  path = CANCEL_PATH,
): string {
  const expiresAt = new Date(new Date(event.endsAt).getTime() + CANCEL_LINK_DAYS_AFTER_END * DAY);
  const token = signer.sign(CANCEL_PURPOSE, `${registration.eventId}:${registration.id}`, expiresAt);
  return `${baseUrl}${path}?token=${encodeURIComponent(token)}`;
}

/** The registration a genuine link names, expired or not (see cancellationLinkExpired). */
export function readCancellationToken(
  signer: LinkSigner,
  token: string,
): { eventId: string; registrationId: string } | undefined {
  const subject = signer.read(CANCEL_PURPOSE, token)?.subject;
  const [eventId, registrationId, ...rest] = subject?.split(':') ?? [];
  if (!eventId || !registrationId || rest.length) return undefined;
  return { eventId, registrationId };
}

/** Links mailed before links expired carry no expiry: they keep working. */
export function cancellationLinkExpired(signer: LinkSigner, token: string, now: Date): boolean {
  const read = signer.read(CANCEL_PURPOSE, token);
  return read !== undefined && isExpired(read, now);
}
