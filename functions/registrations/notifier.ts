import type { HubEvent } from '../events/event.js';
import type { Registration } from './registration.js';

export type ReminderKind = 'day-before' | 'hour-before';

/**
 * What registrants are told, and when. The domain decides that a mail is due; the mail module
 * decides what it says (templates, calendar invitation, signed cancellation link).
 */
export interface RegistrationNotifier {
  confirmed(event: HubEvent, registration: Registration): Promise<void>;
  waitlisted(event: HubEvent, registration: Registration): Promise<void>;
  promoted(event: HubEvent, registration: Registration): Promise<void>;
  cancelled(event: HubEvent, registration: Registration): Promise<void>;
  /** Date or place changed: same UID, SEQUENCE + 1. */
  eventUpdated(event: HubEvent, registration: Registration): Promise<void>;
  /** Event cancelled by staff: METHOD:CANCEL invitation. */
  eventCancelled(event: HubEvent, registration: Registration): Promise<void>;
  reminder(event: HubEvent, registration: Registration, kind: ReminderKind): Promise<void>;
  /** The event's replays are published: the registrant's personal link to them. */
  replayAvailable(event: HubEvent, registration: Registration): Promise<void>;
}

/**
 * A registrant mail a change decides, as a value: the store writes it with the change where the outbox is an
 * item of the table, and hands it back to be queued after the commit otherwise.
 */
export type RegistrantMail =
  | {
      kind: 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled' | 'replayAvailable';
      event: HubEvent;
      registration: Registration;
    }
  | { kind: 'reminder'; reminder: ReminderKind; event: HubEvent; registration: Registration };

/** Queues a mail through the notifier method of its kind. */
export function notifyOf(notifier: RegistrationNotifier, mail: RegistrantMail): Promise<void> {
  return mail.kind === 'reminder'
    ? notifier.reminder(mail.event, mail.registration, mail.reminder)
    : notifier[mail.kind](mail.event, mail.registration);
}
