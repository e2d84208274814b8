import { ConflictError } from '../shared/errors.js';
import type { EventStatus, HubEvent } from './event.js';

/**
 * Port for events. The registrations module reads events (and their counters) through these two
 * methods; the events module adds what it needs for staff operations.
 */
export interface EventReader {
  get(id: string): Promise<HubEvent | undefined>;
  getBySlug(slug: string): Promise<HubEvent | undefined>;
}

/** Fields staff may change after creation; the counters belong to the registration transactions. */
export const EDITABLE_EVENT_FIELDS = [
  'kind',
  'title',
  'summary',
  'description',
  'startsAt',
  'endsAt',
  'capacity',
  'waitlist',
  'venue',
  'joinUrl',
  'registrationClosesAt',
  'speakers',
  'organiser',
  'attendance',
  'certificateThreshold',
  'surveyNamed',
  'replayRegistration',
  'translations',
  'status',
] as const;
export type EditableEventField = (typeof EDITABLE_EVENT_FIELDS)[number];

/** Optional fields a change may remove (null = remove: capacity null means unlimited). */
export type RemovableEventField =
  | 'capacity'
  | 'venue'
  | 'joinUrl'
  | 'registrationClosesAt'
  | 'speakers'
  | 'organiser'
  | 'certificateThreshold'
  | 'translations';

export type EventChanges = {
  [K in EditableEventField]?: K extends RemovableEventField ? NonNullable<HubEvent[K]> | null : HubEvent[K];
};

/** Set by the event services from what staff do, never by staff directly (null removes one). */
export const DERIVED_EVENT_FIELDS = [
  'descriptionHtml',
  'rescheduledAt',
  'previousStartsAt',
  'shareImage',
  'shareImageUpload',
  'replaysPublishedAt',
] as const;

export type StoredEventChanges = EventChanges & {
  [K in (typeof DERIVED_EVENT_FIELDS)[number]]?: HubEvent[K] | null;
};

export interface EventUpdate {
  changes: StoredEventChanges;
  updatedAt: string;
  /** Date or place changed: SEQUENCE + 1, atomically. */
  bumpSequence?: boolean;
  /** Refuse the update (ConflictError) unless the stored status is still this one. */
  expectedStatus?: EventStatus;
  /** Refuse the update (ConflictError) unless the stored start is still this one. */
  expectedStartsAt?: string;
}

/** The slug is already claimed by another event: the caller tries the next candidate. */
export class SlugTakenError extends ConflictError {
  constructor(readonly slug: string) {
    super(`L’adresse « ${slug} » est déjà prise par un autre événement.`, 'adresse-prise');
  }
}

/** What the public site reads: one event, and the published ones. */
export interface EventStore extends EventReader {
  /** Published events (including those already over), soonest first. */
  listPublished(): Promise<HubEvent[]>;
}

/** Port for the staff side of events. */
export interface EventAdminStore extends EventStore {
  /** Stores a new event and claims its slug atomically; throws SlugTakenError on a clash. */
  create(event: HubEvent): Promise<void>;
  /** Applies the changes and returns the event as stored after them. */
  update(id: string, update: EventUpdate): Promise<HubEvent>;
  /** Every event, soonest first. */
  listAll(): Promise<HubEvent[]>;
}
