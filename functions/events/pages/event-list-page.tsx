import { Layout } from '../../pages/layout.js';
import { EVENT_KINDS, type HubEvent } from '../event.js';
import { eventMonths, type EventFilters } from './event-filters.js';
import { frenchMonth } from '../../shared/paris-dates.js';
import { KIND_LABELS, seatsLabel } from './format.js';
import { EventCard } from './event-card.js';

export interface EventListPageProps {
  /** The events the filters keep. */
  events: HubEvent[];
  /** Every upcoming event: the months offered by the month filter. */
  upcoming?: HubEvent[];
  filters?: EventFilters;
  /** Where the list lives (the home page or `/evenements`): its filters and reset link stay there. */
  path?: string;
}

/** The home page: upcoming published events, soonest first, filtered by kind and month without JavaScript. */
export function EventListPage({ events, upcoming = events, filters = {}, path = '/' }: EventListPageProps) {
  const filtered = Boolean(filters.type || filters.mois);
  const months = eventMonths(upcoming);
  return (
    <Layout title="Événements à venir">
      <h1>Événements à venir</h1>
      <p>
        Journées techniques, webinaires et formations de la filière de recyclage des aimants et terres rares
        en Auvergne-Rhône-Alpes.
      </p>
      <form method="get" action={path} class="filters" role="search" aria-label="Filtrer les événements">
        <div class="field">
          <label for="type">Type</label>
          <select id="type" name="type">
            <option value="">Tous les types</option>
            {EVENT_KINDS.map((kind) => (
              <option value={kind} selected={filters.type === kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="mois">Mois</label>
          <select id="mois" name="mois">
            <option value="">Tous les mois</option>
            {months.map((month) => (
              <option value={month} selected={filters.mois === month}>
                {frenchMonth(month)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filtrer</button>
      </form>
      <p class="meta" id="nombre">
        {events.length} événement{events.length > 1 ? 's' : ''}
        {filtered ? (
          <>
            {' '}
            correspond{events.length > 1 ? 'ent' : ''} à votre choix ·{' '}
            <a href={path}>Voir tous les événements</a>
          </>
        ) : null}
      </p>
      {events.length ? (
        <ul class="plain" aria-labelledby="nombre">
          {events.map((event) => (
            <EventCard event={event} extra={seatsLabel(event)} />
          ))}
        </ul>
      ) : (
        <p class="notice">
          {filtered
            ? 'Aucun événement ne correspond à ce choix.'
            : 'Aucun événement n’est programmé pour le moment. Revenez bientôt !'}
        </p>
      )}
      <p>
        <a href="/evenements/passes">Voir les événements passés</a>
      </p>
    </Layout>
  );
}
