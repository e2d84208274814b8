import type { LinkSigner } from '../shared/signed-links.js';
import type { Registration } from './registration.js';

export const CANCEL_PURPOSE = 'cancel-registration';
export const CANCEL_PATH = '/inscriptions/annuler';

/** The personal link every registrant's mail carries; GET shows a page, only POST cancels. */
export function cancellationUrl(baseUrl: string, signer: LinkSigner, registration: Registration): string {
  const token = signer.sign(CANCEL_PURPOSE, `${registration.eventId}:${registration.id}`);
  return `${baseUrl}${CANCEL_PATH}?token=${encodeURIComponent(token)}`;
}

export function readCancellationToken(
  signer: LinkSigner,
  token: string,
): { eventId: string; registrationId: string } | undefined {
  const subject = signer.verify(CANCEL_PURPOSE, token);
  const [eventId, registrationId, ...rest] = subject?.split(':') ?? [];
  if (!eventId || !registrationId || rest.length) return undefined;
  return { eventId, registrationId };
}
