import type { LinkSigner } from '../shared/signed-links.js';

/** A replay link opens the replays of one event for one registration: nothing else. */
export const REPLAY_LINK_PURPOSE = 'replay-link';

export interface ReplayLinkSubject {
  eventId: string;
  registrationId: string;
}

export function replayToken(signer: LinkSigner, subject: ReplayLinkSubject): string {
  return signer.sign(REPLAY_LINK_PURPOSE, `${subject.eventId}\n${subject.registrationId}`);
}

/** A staff preview: opens one event's replays, drafts included, until it expires. */
export const REPLAY_PREVIEW_PURPOSE = 'replay-preview';

export function previewToken(signer: LinkSigner, eventId: string, expiresAt: Date): string {
  return signer.sign(REPLAY_PREVIEW_PURPOSE, eventId, expiresAt);
}

/** The event a genuine, unexpired preview token opens. */
export function readPreviewToken(signer: LinkSigner, token: string, now: Date): string | undefined {
  return signer.verify(REPLAY_PREVIEW_PURPOSE, token, now);
}

/** Undefined for a forged token, or one of another purpose. */
export function readReplayToken(signer: LinkSigner, token: string): ReplayLinkSubject | undefined {
  const subject = signer.verify(REPLAY_LINK_PURPOSE, token);
  const [eventId, registrationId, ...rest] = subject?.split('\n') ?? [];
  return eventId && registrationId && !rest.length ? { eventId, registrationId } : undefined;
}

/** The registrant's personal address of the event's replay page. */
export function replayPageUrl(
  baseUrl: string,
  signer: LinkSigner,
  event: { id: string; slug: string },
  registrationId: string,
): string {
  const token = replayToken(signer, { eventId: event.id, registrationId });
  return `${baseUrl.replace(/\/+$/, '')}/evenements/${encodeURIComponent(event.slug)}/replay?token=${encodeURIComponent(token)}`;
}
