import { EVENT_TIME_ZONE } from '../events/event.js';
import { lazy } from '../shared/lazy.js';

const longDate = lazy(
  () =>
    new Intl.DateTimeFormat('fr-FR', {
      timeZone: EVENT_TIME_ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
);
// en-CA writes dates as YYYY-MM-DD.
const isoDate = lazy(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: EVENT_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }),
);

/** The day of an instant in Paris, in words: "5 décembre 2026", whatever the server's zone. */
export function parisLongDate(iso: string): string {
  return longDate().format(new Date(iso));
}

/** The day of an instant in Paris as ISO 8601 ("2026-12-05"), for `<time datetime>`. */
export function parisIsoDate(iso: string): string {
  return isoDate().format(new Date(iso));
}
