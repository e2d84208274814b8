import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../event.js';
import { KIND_LABELS, formatEventDates, placeLabel, seatsLabel } from './format.js';

/** The home page: upcoming published events, soonest first. */
export function EventListPage({ events }: { events: HubEvent[] }) {
  return (
    <Layout title="Événements à venir">
      <h1>Événements à venir</h1>
      <p>
        Journées techniques, webinaires et formations de la filière de recyclage des aimants et terres rares
        en Auvergne-Rhône-Alpes.
      </p>
      {events.length ? (
        <ul class="event-list" style="list-style:none;padding:0">
          {events.map((event) => (
            <li class="card">
              <p class="badge">{KIND_LABELS[event.kind]}</p>
              <h2>
                <a href={`/evenements/${encodeURIComponent(event.slug)}`}>{event.title}</a>
              </h2>
              <p class="meta">
                {formatEventDates(event)} · {placeLabel(event)} · {seatsLabel(event)}
              </p>
              <p>{event.summary}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="notice">Aucun événement n’est programmé pour le moment. Revenez bientôt !</p>
      )}
    </Layout>
  );
}
