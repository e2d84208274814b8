import type { HubEvent } from '../../events/event.js';
import { formatEventDates } from '../../events/pages/format.js';

/** The event a registration page is about: its title and its dates. */
export function EventSummary({ event }: { event: HubEvent }) {
  return (
    <p>
      <strong>{event.title}</strong>
      <br />
      {formatEventDates(event)} (heure de Paris)
    </p>
  );
}

/** Where to go once the registration page is read. */
export function BackToEvents({ event }: { event: HubEvent }) {
  return (
    <p>
      <a href={`/evenements/${encodeURIComponent(event.slug)}`}>Retour à la page de l’événement</a> ·{' '}
      <a href="/">Voir tous les événements</a>
    </p>
  );
}
