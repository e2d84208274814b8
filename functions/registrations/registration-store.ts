import type { Language } from '../i18n/language.js';
import type { RegistrantMail, ReminderKind } from './notifier.js';
import type { Registration } from './registration.js';

/** Port for registrations, as the events module needs it (notify everyone on change or cancel). */
export interface RegistrationReader {
  /** Every registration of the event, any status, oldest first. */
  listByEvent(eventId: string): Promise<Registration[]>;
}

/** Port for campaigns, which check right before each mail that an event's people still belong to it. */
export interface LiveRegistrationReader {
  /**
   * The live (not cancelled) registration each address holds for the event, by address; an address
   * without one (cancelled, erased, never registered) is absent. Read by key, in batches, consistent.
   */
  liveRegistrations(eventId: string, emails: string[]): Promise<Map<string, Registration>>;
}

/** What a registrant gives; the store adds the id, the status and the dates. */
export interface NewRegistration {
  eventId: string;
  firstName: string;
  lastName: string;
  /** Already normalised. */
  email: string;
  organisation?: string;
  role?: string;
  consentTextVersion: string;
  newsletter: boolean;
  /** Absent: French. */
  language?: Language;
}

/**
 * The mails a change decides, written with it where the outbox is an item of the table; `mailsToQueue` hands
 * back those its transaction did not write (the in-process outbox), for the caller to queue now that it committed.
 */
export interface MailsToQueue {
  mailsToQueue: RegistrantMail[];
}

export type RegisterOutcome =
  | ({ kind: 'created'; registration: Registration } & MailsToQueue)
  /** The same e-mail already holds a live registration for this event. */
  | { kind: 'duplicate'; registration: Registration }
  /** No seat left and no waitlist. */
  | { kind: 'full' }
  /** The event stopped being open (cancelled, unpublished) while we tried. */
  | { kind: 'closed' };

export type CancelOutcome =
  | ({ kind: 'cancelled'; registration: Registration; promoted?: Registration } & MailsToQueue)
  | { kind: 'already-cancelled'; registration: Registration }
  | { kind: 'not-found' };

export type PromoteOutcome =
  /** `seatAdded`: the event was full, so its capacity grew by one for this person. */
  | ({ kind: 'promoted'; registration: Registration; seatAdded: boolean } & MailsToQueue)
  | { kind: 'not-waitlisted'; registration: Registration }
  /** The event is not published (any more). */
  | { kind: 'closed' }
  | { kind: 'not-found' };

export type CheckInOutcome =
  | { kind: 'checked-in'; registration: Registration }
  | { kind: 'not-confirmed'; registration: Registration }
  | { kind: 'not-found' };

/**
 * The atomic operations on registrations the public reaches (register, cancel by link): each one a single
 * transaction, safe under concurrency.
 */
export interface RegistrationStore {
  get(eventId: string, registrationId: string): Promise<Registration | undefined>;
  /** Takes a seat if one is left, else a waitlist place if the event has a waitlist; `mails` are its mails. */
  register(
    input: NewRegistration,
    now: Date,
    mails?: (registration: Registration) => RegistrantMail[],
  ): Promise<RegisterOutcome>;
  /**
   * A registration for the replay of an event that is over: no seat and no counter, refused (`closed`) unless the
   * event is still published with `replayRegistration`.
   */
  registerForReplay(
    input: NewRegistration,
    now: Date,
    mails?: (registration: Registration) => RegistrantMail[],
  ): Promise<RegisterOutcome>;
  /** Frees the seat and gives it to the first waitlisted registrant, if any, in the same step. */
  cancel(
    eventId: string,
    registrationId: string,
    now: Date,
    mails?: (cancelled: Registration, promoted: Registration | undefined) => RegistrantMail[],
  ): Promise<CancelOutcome>;
  /** 1 for the first in line; undefined when not waitlisted. */
  waitlistRank(registration: Registration): Promise<number | undefined>;
}

/** The public operations, plus those of staff: check-in and the waitlist promotions. */
export interface RegistrationAdminStore extends RegistrationStore, RegistrationReader {
  checkIn(eventId: string, registrationId: string, now: Date): Promise<CheckInOutcome>;
  /** Fills seats freed by a capacity increase from the waitlist, first come first served. */
  promoteWaitlisted(
    eventId: string,
    now: Date,
    mails?: (promoted: Registration) => RegistrantMail[],
  ): Promise<{ promoted: Registration[] } & MailsToQueue>;
  /**
   * Staff give a seat to this waitlisted person, whatever their place in line: a free seat if there is
   * one, else one more seat (capacity + 1), so the capacity still holds.
   */
  promoteOne(
    eventId: string,
    registrationId: string,
    now: Date,
    mails?: (promoted: Registration) => RegistrantMail[],
  ): Promise<PromoteOutcome>;
}

export type ReminderClaim = { claimed: false } | ({ claimed: true } & MailsToQueue);

/**
 * Exactly-once reminders: a marker is claimed with the reminder's mail (one transaction where the outbox is in
 * the table), or before queueing it, and released if queueing it fails.
 */
export interface ReminderLedger {
  /** Claimed when this caller wrote the marker (nobody queued or is queueing this reminder). */
  claimReminder(
    eventId: string,
    kind: ReminderKind,
    registrationId: string,
    now: Date,
    mails: RegistrantMail[],
  ): Promise<ReminderClaim>;
  releaseReminder(eventId: string, kind: ReminderKind, registrationId: string): Promise<void>;
}
