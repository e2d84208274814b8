import * as z from 'zod/mini';
import { optionalOrDropped } from '../../shared/zod-mini-schemas.js';
import { parisMonthKey } from '../../shared/paris-dates.js';
import { EVENT_KINDS, type HubEvent } from '../event.js';

/**
 * The public list's query string (`?type=webinar&mois=2026-03`); anything unexpected means "all". Built on its
 * first parse (z.lazy), like the request bodies: the JSON API never reads it.
 */
export const EventFiltersSchema = z.lazy(() =>
  z.object({
    type: optionalOrDropped(z.enum(EVENT_KINDS)),
    mois: optionalOrDropped(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
  }),
);
export type EventFilters = z.output<typeof EventFiltersSchema>;

/** `2026-03`: the Paris month an event starts in. */
export function eventMonth(event: Pick<HubEvent, 'startsAt'>): string {
  return parisMonthKey(event.startsAt);
}

/** The months that have events, in order: the choices of the month filter. */
export function eventMonths(events: readonly Pick<HubEvent, 'startsAt'>[]): string[] {
  return [...new Set(events.map(eventMonth))].sort();
}

export function filterEvents<T extends Pick<HubEvent, 'kind' | 'startsAt'>>(
  events: T[],
  filters: EventFilters,
): T[] {
  return events.filter(
    (event) =>
      (!filters.type || event.kind === filters.type) && (!filters.mois || eventMonth(event) === filters.mois),
  );
}
