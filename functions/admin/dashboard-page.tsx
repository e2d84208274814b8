import type { Child } from 'hono/jsx';
import type { HubEvent } from '../events/event.js';
import { effectiveStatus } from '../events/events-rules.js';
import { KIND_LABELS, formatEventDates } from '../events/pages/format.js';
import { NoticeBox, type Notice } from '../pages/form-fields.js';
import { StaffLayout } from '../pages/staff-layout.js';
import { adminPaths } from './admin-links.js';
import { STATUS_LABELS } from './event-statuses.js';
import { FillRate } from './fill-rate.js';
import { RegistrationsChart, type ChartSeries } from './registrations-chart.js';

/** A block of figures another capability adds to the dashboard (campaigns, kit downloads…). */
export interface DashboardPanel {
  id: string;
  title: string;
  content: Child;
}

export interface DashboardProps {
  events: HubEvent[];
  now: Date;
  chart: ChartSeries[];
  panels?: DashboardPanel[];
  notice?: Notice | undefined;
  /** The local hub's demo data: said first, so that nobody takes them for real registrations. */
  demoData?: boolean;
}

/** Drafts and published events not over yet: what staff are working on. */
export function upcomingEvents(events: HubEvent[], now: Date): HubEvent[] {
  return events.filter((event) => {
    const status = effectiveStatus(event, now);
    return status === 'draft' || status === 'published';
  });
}

/** The staff console's home: upcoming events and their fill rate, registrations over time, every event. */
export function DashboardPage({ events, now, chart, panels = [], notice, demoData }: DashboardProps) {
  const upcoming = upcomingEvents(events, now);
  return (
    <StaffLayout title="Tableau de bord" section="/admin">
      <h1>Tableau de bord</h1>
      {demoData ? (
        <p class="notice" id="donnees-de-demonstration">
          <strong>Données de démonstration</strong> : les événements, inscriptions, abonnés, campagnes et kits
          de ce hub local ont été créés à son premier démarrage, avec des adresses fictives.
        </p>
      ) : null}
      <NoticeBox notice={notice} />
      <p>
        <a class="button" href={adminPaths.newEvent}>
          Créer un événement
        </a>
      </p>
      <section aria-labelledby="a-venir">
        <h2 id="a-venir">Événements à venir</h2>
        {upcoming.length ? (
          <ul class="cards">
            {upcoming.map((event) => (
              <UpcomingCard event={event} now={now} />
            ))}
          </ul>
        ) : (
          <p>Aucun événement à venir.</p>
        )}
      </section>
      <section aria-labelledby="courbe">
        <h2 id="courbe">Inscriptions au fil du temps</h2>
        <RegistrationsChart series={chart} />
      </section>
      {panels.map((panel) => (
        <section aria-labelledby={panel.id}>
          <h2 id={panel.id}>{panel.title}</h2>
          {panel.content}
        </section>
      ))}
      <section aria-labelledby="evenements">
        <h2 id="evenements">Tous les événements</h2>
        <AllEvents events={events} now={now} />
      </section>
    </StaffLayout>
  );
}

function Hidden({ text }: { text: string }) {
  return <span class="visually-hidden">{text}</span>;
}

function UpcomingCard({ event, now }: { event: HubEvent; now: Date }) {
  const status = effectiveStatus(event, now);
  const about = ` : « ${event.title} »`;
  return (
    <li class="card">
      <p class="meta">
        <span class="badge">{KIND_LABELS[event.kind]}</span> {STATUS_LABELS[status]}
      </p>
      <h3>{event.title}</h3>
      <p class="meta">{formatEventDates(event)}</p>
      <FillRate event={event} />
      <ul class="plain">
        <li>
          <a href={adminPaths.registrations(event.id)}>
            Inscriptions
            <Hidden text={about} />
          </a>
        </li>
        <li>
          <a href={adminPaths.editEvent(event.id)}>
            Modifier
            <Hidden text={about} />
          </a>
        </li>
      </ul>
      {event.status === 'draft' ? <PublishButton event={event} /> : null}
    </li>
  );
}

export function PublishButton({ event }: { event: HubEvent }) {
  return (
    <form method="post" action={adminPaths.publishEvent(event.id)}>
      <button type="submit">
        Publier
        <Hidden text={` « ${event.title} »`} />
      </button>
    </form>
  );
}

function AllEvents({ events, now }: { events: HubEvent[]; now: Date }) {
  if (!events.length)
    return (
      <p>
        Aucun événement pour l’instant. <a href={adminPaths.newEvent}>Créer le premier événement</a>.
      </p>
    );
  return (
    <div class="table-wrap">
      <table class="responsive">
        <caption class="visually-hidden">Tous les événements, du plus proche au plus lointain</caption>
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
  );
}

function EventRow({ event, now }: { event: HubEvent; now: Date }) {
  const status = effectiveStatus(event, now);
  const about = ` : « ${event.title} »`;
  return (
    <tr>
      <th scope="row">
        {status === 'published' ? <a href={`/evenements/${event.slug}`}>{event.title}</a> : event.title}
        <br />
        <span class="badge">{KIND_LABELS[event.kind]}</span>
      </th>
      <td data-label="Date">{formatEventDates(event)}</td>
      <td data-label="Statut">{STATUS_LABELS[status]}</td>
      <td data-label="Remplissage">
        <FillRate event={event} />
      </td>
      <td>
        <ul class="plain">
          <li>
            <a href={adminPaths.registrations(event.id)}>
              Liste des inscrits
              <Hidden text={about} />
            </a>
          </li>
          <li>
            <a href={adminPaths.registrationsCsv(event.id)}>
              Export CSV
              <Hidden text={about} />
            </a>
          </li>
        </ul>
      </td>
      <td>
        <ul class="plain">
          {event.status !== 'cancelled' ? (
            <li>
              <a href={adminPaths.editEvent(event.id)}>
                Modifier
                <Hidden text={about} />
              </a>
            </li>
          ) : null}
          {event.status !== 'cancelled' ? (
            <li>
              <a href={adminPaths.cancelEvent(event.id)}>
                Annuler…
                <Hidden text={about} />
              </a>
            </li>
          ) : null}
        </ul>
        {event.status === 'draft' ? <PublishButton event={event} /> : null}
      </td>
    </tr>
  );
}
