import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../event.js';
import { EventCard } from './event-card.js';
import { pagePath, pageText } from '../../pages/page-text.js';

/** Published events already over, most recent first; those with published replays say so. */
export function PastEventListPage({ events }: { events: HubEvent[] }) {
  const text = pageText().events;
  return (
    <Layout title={text.pastTitle}>
      <h1>{text.pastTitle}</h1>
      <p class="meta" id="nombre">
        {text.pastCount(events.length)}
      </p>
      {events.length ? (
        <ul class="plain" aria-labelledby="nombre">
          {events.map((event) => (
            <EventCard event={event} extra={event.replaysPublishedAt ? text.replayAvailable : undefined} />
          ))}
        </ul>
      ) : (
        <p class="notice">{text.nonePast}</p>
      )}
      <p>
        <a href={pagePath('/evenements')}>{text.seeUpcoming}</a>
      </p>
    </Layout>
  );
}
