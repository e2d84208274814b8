import { ConflictError, type FieldErrors } from '../shared/errors.js';
import type { EventKind, EventStatus, HubEvent, Venue } from './event.js';

export const SLUG_MAX_LENGTH = 80;
const FALLBACK_SLUG = 'evenement';

/** A URL-safe slug from a French title: accents folded to ASCII, lower case, hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return trimSlug(slug, SLUG_MAX_LENGTH) || FALLBACK_SLUG;
}

/** Slugs whose `/evenements/{slug}` is another page: an event titled « Passes » gets `passes-2`. */
export const RESERVED_EVENT_SLUGS: ReadonlySet<string> = new Set(['passes']);

/** The n-th candidate for a slug (1 → the slug itself, 2 → `slug-2`…), never longer than the limit. */
export function slugCandidate(slug: string, attempt: number): string {
  return attempt <= 1 ? slug : slugWithSuffix(slug, String(attempt));
}

export function slugWithSuffix(slug: string, suffix: string): string {
  const tail = `-${suffix}`;
  return `${trimSlug(slug, SLUG_MAX_LENGTH - tail.length) || FALLBACK_SLUG}${tail}`;
}

function trimSlug(slug: string, max: number): string {
  return slug.slice(0, max).replace(/-+$/g, '');
}

/** `completed` is never stored: a published event whose end has passed is completed. */
export function effectiveStatus(event: Pick<HubEvent, 'status' | 'endsAt'>, now: Date): EventStatus {
  if (event.status === 'published' && Date.parse(event.endsAt) < now.getTime()) return 'completed';
  return event.status;
}

/** Refuses the transitions the lifecycle does not allow: draft → published → cancelled, draft → cancelled. */
export function assertCanPublish(event: HubEvent, now: Date): void {
  if (event.status === 'cancelled')
    throw new ConflictError('Un événement annulé ne peut pas être publié.', 'evenement-annule');
  if (event.status === 'published') throw new ConflictError('Cet événement est déjà publié.', 'deja-publie');
  if (Date.parse(event.endsAt) < now.getTime())
    throw new ConflictError('Un événement déjà terminé ne peut pas être publié.', 'evenement-termine');
}

export function assertCanCancel(event: HubEvent): void {
  if (event.status === 'cancelled')
    throw new ConflictError('Cet événement est déjà annulé.', 'evenement-annule');
}

export function assertCanEdit(event: HubEvent): void {
  if (event.status === 'cancelled')
    throw new ConflictError('Un événement annulé ne peut plus être modifié.', 'evenement-annule');
}

/** The fields the kind and date rules look at, once a body is merged with the stored event. */
export interface EventShape {
  kind: EventKind;
  startsAt: string;
  endsAt: string;
  venue?: Venue | undefined;
  joinUrl?: string | undefined;
  registrationClosesAt?: string | undefined;
}

/** The cross-field rules of an event, as French messages keyed by field path (empty: valid). */
export function eventRuleViolations(event: EventShape): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (event.kind === 'technical-day' && !event.venue)
    add('venue', 'Une journée technique se tient en présentiel : indiquez le lieu.');
  if (event.kind === 'webinar') {
    if (!event.joinUrl) add('joinUrl', 'Un webinaire a besoin d’un lien de connexion.');
    if (event.venue) add('venue', 'Un webinaire se tient en ligne : il n’a pas de lieu.');
  }
  if (event.kind === 'training' && !event.venue && !event.joinUrl)
    add('venue', 'Une formation a besoin d’un lieu ou d’un lien de connexion.');
  const starts = Date.parse(event.startsAt);
  const ends = Date.parse(event.endsAt);
  if (!(ends > starts)) add('endsAt', 'La fin doit être postérieure au début.');
  if (event.registrationClosesAt && Date.parse(event.registrationClosesAt) > ends)
    add('registrationClosesAt', 'La clôture des inscriptions ne peut pas être après la fin de l’événement.');
  return errors;
}

/** Whether a change moves the event in time or space, so calendars must replace the entry (SEQUENCE + 1). */
export function changesDateOrPlace(before: EventShape, after: EventShape): boolean {
  return (
    Date.parse(before.startsAt) !== Date.parse(after.startsAt) ||
    Date.parse(before.endsAt) !== Date.parse(after.endsAt) ||
    !sameVenue(before.venue, after.venue) ||
    (before.joinUrl ?? null) !== (after.joinUrl ?? null)
  );
}

/**
 * What a move of the published event's start records, for search engines (schema.org EventRescheduled): when,
 * and the start it leaves. A draft has announced no date yet, and an end moved alone keeps the event's day.
 */
export function rescheduling(
  before: Pick<HubEvent, 'status' | 'startsAt' | 'previousStartsAt'>,
  after: Pick<EventShape, 'startsAt'>,
  now: Date,
): Pick<HubEvent, 'rescheduledAt' | 'previousStartsAt'> | undefined {
  if (before.status !== 'published' || Date.parse(before.startsAt) === Date.parse(after.startsAt))
    return undefined;
  return {
    rescheduledAt: now.toISOString(),
    previousStartsAt: [...(before.previousStartsAt ?? []), before.startsAt],
  };
}

function sameVenue(a: Venue | undefined, b: Venue | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.name === b.name && a.address === b.address && a.city === b.city;
}

/** Seats still free; null when the event has no capacity (unlimited). */
export function seatsLeft(event: Pick<HubEvent, 'capacity' | 'confirmedCount'>): number | null {
  if (event.capacity === undefined || event.capacity === null) return null;
  return Math.max(0, event.capacity - event.confirmedCount);
}

/** When registration closes: the given moment, else the start. */
export function registrationClosesAt(event: Pick<HubEvent, 'registrationClosesAt' | 'startsAt'>): string {
  return event.registrationClosesAt ?? event.startsAt;
}

export type RegistrationAvailability =
  | { open: true }
  | { open: false; reason: 'not-published' | 'cancelled' | 'completed' | 'closed'; message: string };

/** Whether people may register now, and if not, why (in French, for pages and problems). */
export function registrationAvailability(event: HubEvent, now: Date): RegistrationAvailability {
  const status = effectiveStatus(event, now);
  if (status === 'draft')
    return { open: false, reason: 'not-published', message: 'Cet événement n’est pas encore publié.' };
  if (status === 'cancelled')
    return { open: false, reason: 'cancelled', message: 'Cet événement a été annulé.' };
  if (status === 'completed')
    return { open: false, reason: 'completed', message: 'Cet événement est terminé.' };
  if (now.getTime() >= Date.parse(registrationClosesAt(event)))
    return { open: false, reason: 'closed', message: 'Les inscriptions à cet événement sont closes.' };
  return { open: true };
}

export function registrationOpen(event: HubEvent, now: Date): boolean {
  return registrationAvailability(event, now).open;
}

/** Registering now would put the person on the waitlist: open, full, and the waitlist is on. */
export function waitlistOpen(event: HubEvent, now: Date): boolean {
  return event.waitlist && seatsLeft(event) === 0 && registrationOpen(event, now);
}

/** Full and no waitlist: registering now would be refused. */
export function isFullWithoutWaitlist(event: HubEvent): boolean {
  return !event.waitlist && seatsLeft(event) === 0;
}

/** Staff turn half-day attendance on or off per event; trainings have it unless staff said otherwise. */
export function hasAttendance(event: Pick<HubEvent, 'kind' | 'attendance'>): boolean {
  return event.attendance ?? event.kind === 'training';
}

/** Where an event is held, in one line (certificates, attendance sheets). */
export function eventPlace(event: Pick<HubEvent, 'venue' | 'joinUrl'>): string {
  if (event.venue) return `${event.venue.name}, ${event.venue.address}, ${event.venue.city}`;
  return event.joinUrl ? 'en ligne' : 'non précisé';
}
