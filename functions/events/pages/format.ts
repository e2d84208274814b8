import { EVENT_TIME_ZONE, type EventKind, type HubEvent } from '../event.js';
import { isFullWithoutWaitlist, seatsLeft } from '../events-rules.js';
import { lazy } from '../../shared/lazy.js';

export const KIND_LABELS: Record<EventKind, string> = {
  'technical-day': 'Journée technique',
  webinar: 'Webinaire',
  training: 'Formation',
};

const dateTimeFormat = lazy(
  () =>
    new Intl.DateTimeFormat('fr-FR', { timeZone: EVENT_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }),
);

/** "jeudi 12 mars 2026, 09:00 – 17:00", always in Paris time whatever the server's zone. */
export function formatEventDates(event: Pick<HubEvent, 'startsAt' | 'endsAt'>): string {
  return dateTimeFormat().formatRange(new Date(event.startsAt), new Date(event.endsAt));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat().format(new Date(iso));
}

export function placeLabel(event: Pick<HubEvent, 'venue' | 'joinUrl'>): string {
  if (event.venue && event.joinUrl) return `${event.venue.city} et en ligne`;
  return event.venue?.city ?? 'En ligne';
}

export function seatsLabel(event: HubEvent): string {
  const left = seatsLeft(event);
  if (left === null) return 'Places disponibles';
  if (left > 0) return left === 1 ? '1 place restante' : `${left} places restantes`;
  return isFullWithoutWaitlist(event) ? 'Complet' : 'Complet — liste d’attente';
}
