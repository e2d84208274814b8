import type { EventKind, HubEvent } from '../event.js';
import { isFullWithoutWaitlist, seatsLeft } from '../events-rules.js';
import { frenchDateRange } from '../../shared/paris-dates.js';

export const KIND_LABELS: Record<EventKind, string> = {
  'technical-day': 'Journée technique',
  webinar: 'Webinaire',
  training: 'Formation',
};

/** "jeudi 12 mars 2026, 09:00 – 17:00", always in Paris time whatever the server's zone. */
export function formatEventDates(event: Pick<HubEvent, 'startsAt' | 'endsAt'>): string {
  return frenchDateRange(event.startsAt, event.endsAt);
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
