import * as z from 'zod/mini';
import { lazy } from '../../shared/lazy.js';
import { optionalOrDropped } from '../../shared/zod-mini-parts.js';
import { EVENT_KINDS, EVENT_TIME_ZONE, type HubEvent } from '../event.js';

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

// Made on first use: the first formatter of a time zone costs ~20 ms, and the JSON API never formats months.
const monthKey = lazy(
  () => new Intl.DateTimeFormat('en-CA', { timeZone: EVENT_TIME_ZONE, year: 'numeric', month: '2-digit' }),
);
const monthName = lazy(
  () => new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' }),
);

/** `2026-03`: the Paris month an event starts in. */
export function eventMonth(event: Pick<HubEvent, 'startsAt'>): string {
  return monthKey().format(new Date(event.startsAt)).slice(0, 7);
}

/** "mars 2026". */
export function monthLabel(month: string): string {
  return monthName().format(new Date(`${month}-15T12:00:00Z`));
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
