import { Layout } from '../../pages/layout.js';
import { EVENT_KINDS, type HubEvent } from '../event.js';
import { eventMonths, type EventFilters } from './event-filters.js';
import { kindLabel, seatsLabel } from './format.js';
import { EventCard } from './event-card.js';
import { pagePath, pageText } from '../../pages/page-text.js';

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
  const text = pageText();
  const here = pagePath(path);
  return (
    <Layout title={text.events.upcomingTitle}>
      <h1>{text.events.upcomingTitle}</h1>
      <p>{text.events.upcomingIntro}</p>
      <form method="get" action={here} class="filters" role="search" aria-label={text.events.filterLabel}>
        <div class="field">
          <label for="type">{text.events.type}</label>
          <select id="type" name="type">
            <option value="">{text.events.allTypes}</option>
            {EVENT_KINDS.map((kind) => (
              <option value={kind} selected={filters.type === kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="mois">{text.events.month}</label>
          <select id="mois" name="mois">
            <option value="">{text.events.allMonths}</option>
            {months.map((month) => (
              <option value={month} selected={filters.mois === month}>
                {text.dates.month(month)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{text.events.filter}</button>
      </form>
      <p class="meta" id="nombre">
        {text.events.count(events.length)}
        {filtered ? (
          <>
            {' '}
            {text.events.matching(events.length)} · <a href={here}>{text.events.showAll}</a>
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
        <p class="notice">{filtered ? text.events.noneMatching : text.events.noneUpcoming}</p>
      )}
      <p>
        <a href={pagePath('/evenements/passes')}>{text.events.seePast}</a>
      </p>
    </Layout>
  );
}
