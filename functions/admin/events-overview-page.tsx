import type { HubEvent } from '../events/event.js';
import { effectiveStatus } from '../events/events-rules.js';
import { KIND_LABELS, formatEventDates } from '../events/pages/format.js';
import { Layout } from '../pages/layout.js';
import { STATUS_LABELS } from './event-statuses.js';
import { FillRate } from './fill-rate.js';

export interface EventsOverviewProps {
  events: HubEvent[];
  now: Date;
  /** Outcome of the last action, announced to screen readers. */
  notice?: { kind: 'success' | 'error'; text: string };
}

/** The first staff page: every event, whatever its status, with its fill rate and its registrations. */
export function EventsOverviewPage({ events, now, notice }: EventsOverviewProps) {
  return (
    <Layout title="Espace équipe" staff>
      <h1>Espace équipe</h1>
      {notice ? (
        <p
          class={notice.kind === 'error' ? 'error-summary' : 'notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      ) : null}
      <h2 id="evenements">Événements</h2>
      {events.length === 0 ? (
        <p>Aucun événement pour l’instant. Créez-en un avec l’API (POST /api/admin/events).</p>
      ) : (
        <div class="table-wrap">
          <table aria-labelledby="evenements">
            <thead>
              <tr>
                <th scope="col">Événement</th>
                <th scope="col">Date (heure de Paris)</th>
                <th scope="col">Statut</th>
                <th scope="col">Remplissage</th>
                <th scope="col">Inscriptions</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <EventRow event={event} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

function EventRow({ event, now }: { event: HubEvent; now: Date }) {
  const status = effectiveStatus(event, now);
  const registrations = `/api/admin/events/${encodeURIComponent(event.id)}/registrations`;
  return (
    <tr>
      <th scope="row">
        {status === 'published' ? <a href={`/evenements/${event.slug}`}>{event.title}</a> : event.title}
        <br />
        <span class="badge">{KIND_LABELS[event.kind]}</span>
      </th>
      <td>{formatEventDates(event)}</td>
      <td>{STATUS_LABELS[status]}</td>
      <td>
        <FillRate event={event} />
      </td>
      <td>
        <ul class="plain">
          <li>
            <a href={registrations}>
              JSON<span class="visually-hidden">{` : inscriptions à « ${event.title} »`}</span>
            </a>
          </li>
          <li>
            <a href={`${registrations}.csv`}>
              CSV<span class="visually-hidden">{` : inscriptions à « ${event.title} »`}</span>
            </a>
          </li>
        </ul>
      </td>
      <td>
        {event.status === 'draft' ? (
          <form method="post" action={`/admin/evenements/${encodeURIComponent(event.id)}/publier`}>
            <button type="submit">
              Publier<span class="visually-hidden">{` « ${event.title} »`}</span>
            </button>
          </form>
        ) : null}
      </td>
    </tr>
  );
}
