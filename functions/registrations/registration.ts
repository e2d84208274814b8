import type { Language } from '../i18n/language.js';

/** `replay`: registered after the event's end for its replay (no seat). */
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'replay'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Proof of consent to the processing of the data: when, and which wording was shown. */
export interface ConsentRecord {
  at: string;
  textVersion: string;
}

export interface Registration {
  id: string;
  eventId: string;
  firstName: string;
  lastName: string;
  /** Normalised (trimmed, lower case): the identity of the registrant within an event. */
  email: string;
  organisation?: string;
  role?: string;
  status: RegistrationStatus;
  consent: ConsentRecord;
  /** Only the wish; double opt-in comes with the newsletter. */
  newsletter: boolean;
  /** The language of the page or API call used: every mail to this person speaks it. Absent on older ones: French. */
  language?: Language;
  /** Order in the waitlist (smaller = earlier); kept after promotion for the record. */
  waitlistPosition?: number;
  checkedInAt?: string;
  cancelledAt?: string;
  createdAt: string;
  updatedAt: string;
}
