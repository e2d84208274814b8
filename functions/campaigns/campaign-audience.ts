import type { LiveRegistrationReader, RegistrationReader } from '../registrations/registration-store.js';
import type { Registration } from '../registrations/registration.js';
import type { SubscriberAdminStore } from '../newsletter/subscriber-store.js';
import { acceptsTracking, hasOptedOut, wantsAnyOf } from '../newsletter/newsletter-rules.js';
import type { SuppressionList } from '../suppression/suppression-list.js';
import { normaliseEmail } from '../shared/email.js';
import type { Audience, EventAudience, Recipient } from './campaign.js';

export interface AudienceDeps {
  subscribers: SubscriberAdminStore;
  registrations: RegistrationReader & LiveRegistrationReader;
  suppression: SuppressionList;
  /** When an event ends (ISO); undefined when there is no such event. */
  eventEndsAt(id: string): Promise<string | undefined>;
  /** The addresses that opened the event's replay page, played its video or downloaded its slides. */
  replayViewers(eventId: string): Promise<Set<string>>;
}

/**
 * Registrants are everyone still registered: confirmed, waitlisted and registered for the replay (all want news
 * of the event: a change of venue, the replay); cancelled registrations are out. Attendees were checked in.
 * Replay viewers are registrants whose address the replay audit holds; the others did not watch it.
 */
const EVENT_FILTERS: Record<EventAudience, (registration: Registration, viewers: Set<string>) => boolean> = {
  registrants: (registration) => registration.status !== 'cancelled',
  attendees: (registration) => registration.status === 'confirmed' && Boolean(registration.checkedInAt),
  'no-shows': (registration) => registration.status === 'confirmed' && !registration.checkedInAt,
  'replay-viewers': (registration, viewers) =>
    registration.status !== 'cancelled' && viewers.has(normaliseEmail(registration.email)),
  'registered-not-viewed': (registration, viewers) =>
    registration.status !== 'cancelled' && !viewers.has(normaliseEmail(registration.email)),
};

/** Only the audiences about the replay read its audit. */
function viewersFor(
  deps: Pick<AudienceDeps, 'replayViewers'>,
  event: Audience['event'],
): Promise<Set<string>> {
  return event && (event.who === 'replay-viewers' || event.who === 'registered-not-viewed')
    ? deps.replayViewers(event.id)
    : Promise.resolve(new Set());
}

/** No-shows exist only once the event is over: before that, everyone not yet checked in may still come. */
export function noShowsKnown(endsAt: string | undefined, at: Date): boolean {
  return endsAt !== undefined && new Date(endsAt).getTime() <= at.getTime();
}

/**
 * Who a campaign goes to, once each: confirmed subscribers of the topics and/or people of the event,
 * never an address that unsubscribed or is suppressed. People of the event need not be subscribers (the
 * campaign is about their event); one the topics did not bring in is greeted with the name they registered under.
 */
export async function resolveAudience(
  audience: Audience,
  deps: AudienceDeps,
  now: Date,
): Promise<Recipient[]> {
  const recipients = new Map<string, Recipient>();
  if (audience.topics?.length) {
    let cursor: string | undefined;
    do {
      const page = await deps.subscribers.listByStatus('confirmed', cursor);
      for (const subscriber of page.items) {
        if (wantsAnyOf(subscriber, audience.topics)) {
          recipients.set(subscriber.email, {
            email: subscriber.email,
            firstName: subscriber.firstName,
            ...(subscriber.language ? { language: subscriber.language } : {}),
            viaTopics: true,
          });
        }
      }
      cursor = page.cursor;
    } while (cursor);
  }
  const { event } = audience;
  if (event && (event.who !== 'no-shows' || noShowsKnown(await deps.eventEndsAt(event.id), now))) {
    const keep = EVENT_FILTERS[event.who];
    const viewers = await viewersFor(deps, event);
    for (const registration of await deps.registrations.listByEvent(event.id)) {
      const email = normaliseEmail(registration.email);
      if (keep(registration, viewers) && !recipients.has(email))
        recipients.set(email, {
          email,
          firstName: registration.firstName,
          ...(registration.language ? { language: registration.language } : {}),
        });
    }
  }
  return excludeOptedOut([...recipients.values()], deps, now);
}

/** Drops unsubscribed and suppressed addresses (at fan-out: the audience was just read). */
export async function excludeOptedOut(
  recipients: Recipient[],
  deps: ScreeningDeps,
  now: Date,
): Promise<Recipient[]> {
  return (await screenRecipients(recipients, deps, now)).eligible;
}

type ScreeningDeps = Pick<AudienceDeps, 'subscribers' | 'suppression' | 'registrations' | 'replayViewers'>;

/**
 * The screening right before each send: drops unsubscribed and suppressed addresses, those the topics
 * brought in that are no longer confirmed subscribers and, given the campaign's `event`, those the event
 * alone brought in that left its audience since the fan-out (their registration erased or cancelled, a
 * no-show checked in after all). Also says who may be measured individually: the addresses whose
 * subscriber record says `tracking: true`, read in the same batch. Event recipients who are not
 * subscribers never are.
 *
 * `gone`: the dropped recipients no trace may name (the worker writes no skip marker for them). A
 * cancellation is one: an erasure of a seat goes through a cancellation first, so a cancelled registrant
 * may be a person being erased.
 */
export async function screenRecipients(
  recipients: Recipient[],
  deps: ScreeningDeps,
  now: Date,
  event?: Audience['event'],
): Promise<{ eligible: Recipient[]; tracked: Set<string>; gone: Set<string> }> {
  const emails = recipients.map((recipient) => recipient.email);
  const ofEventOnly = recipients
    .filter((recipient) => !recipient.viaTopics)
    .map((recipient) => recipient.email);
  const [subscribers, suppressed, registered, viewers] = await Promise.all([
    deps.subscribers.getMany(emails, now),
    deps.suppression.suppressedAmong(emails),
    event && ofEventOnly.length
      ? deps.registrations.liveRegistrations(event.id, ofEventOnly)
      : new Map<string, Registration>(),
    viewersFor(deps, event),
  ]);
  const leftEvent = (email: string) => {
    if (!event) return false;
    const registration = registered.get(email);
    return !registration || !EVENT_FILTERS[event.who](registration, viewers);
  };
  const gone = new Set(
    recipients
      .filter((recipient) =>
        // Brought in by the topics and now without any subscriber record: erased (RGPD) since the fan-out.
        recipient.viaTopics ? !subscribers.has(recipient.email) : leftEvent(recipient.email),
      )
      .map((recipient) => recipient.email),
  );
  const eligible = recipients.filter((recipient) => {
    const subscriber = subscribers.get(recipient.email);
    if (gone.has(recipient.email) || suppressed.has(recipient.email) || hasOptedOut(subscriber)) return false;
    return !recipient.viaTopics || subscriber?.status === 'confirmed';
  });
  const tracked = new Set(
    eligible
      .filter((recipient) => acceptsTracking(subscribers.get(recipient.email)))
      .map((recipient) => recipient.email),
  );
  return { eligible, tracked, gone };
}
