import type { EventKind, HubEvent } from '../event.js';
import { isFullWithoutWaitlist, seatsLeft } from '../events-rules.js';
import { fr } from '../../i18n/fr.js';
import { pageText } from '../../pages/page-text.js';

/** The kinds in French, for the console's forms and filters. */
export const KIND_LABELS: Record<EventKind, string> = fr.events.kinds;

/** An event's kind in the language of the page being rendered. */
export function kindLabel(kind: EventKind): string {
  return pageText().events.kinds[kind];
}

/** "jeudi 12 mars 2026, 09:00 – 17:00", always in Paris time whatever the server's zone, in the page's language. */
export function formatEventDates(event: Pick<HubEvent, 'startsAt' | 'endsAt'>): string {
  return pageText().dates.range(event.startsAt, event.endsAt);
}

export function placeLabel(event: Pick<HubEvent, 'venue' | 'joinUrl'>): string {
  const text = pageText().events;
  if (event.venue && event.joinUrl) return text.cityAndOnline(event.venue.city);
  return event.venue?.city ?? text.online;
}

export function seatsLabel(event: HubEvent): string {
  const text = pageText().events;
  const left = seatsLeft(event);
  if (left === null) return text.seatsAvailable;
  if (left > 0) return text.seatsLeft(left);
  return isFullWithoutWaitlist(event) ? text.full : text.fullWithWaitlist;
}
