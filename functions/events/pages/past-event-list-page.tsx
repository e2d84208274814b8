import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../event.js';
import { EventCard } from './event-card.js';

/**
 * Published events already over, most recent first. Events carry no replay yet: when they do, each card links
 * to it here.
 */
export function PastEventListPage({ events }: { events: HubEvent[] }) {
  return (
    <Layout title="Événements passés">
      <h1>Événements passés</h1>
      <p class="meta" id="nombre">
        {events.length} événement{events.length > 1 ? 's' : ''} passé{events.length > 1 ? 's' : ''}
      </p>
      {events.length ? (
        <ul class="plain" aria-labelledby="nombre">
          {events.map((event) => (
            <EventCard event={event} />
          ))}
        </ul>
      ) : (
        <p class="notice">Aucun événement passé pour le moment.</p>
      )}
      <p>
        <a href="/evenements">Voir les événements à venir</a>
      </p>
    </Layout>
  );
}
