import type { PublicApp } from '../../http/env.js';
import { publicSubApp } from '../../http/sub-app.js';
import type { PublicEventDeps } from '../public-routes.js';
import { renderPage } from '../../pages/render.js';
import { EventListPage } from './event-list-page.js';
import { EventFiltersSchema, filterEvents } from './event-filters.js';
import { EventPage } from './event-page.js';
import { PastEventListPage } from './past-event-list-page.js';
import { NotFoundError } from '../../shared/errors.js';
import { Layout } from '../../pages/layout.js';
import { pagePath, pageText } from '../../pages/page-text.js';

/**
 * The public pages: the list of upcoming events (on the home page and at `/evenements`), the past ones, and each
 * event's page with its registration form.
 */
export function eventPages(deps: Pick<PublicEventDeps, 'events' | 'programme' | 'clock'>): PublicApp {
  const app = publicSubApp();
  // The home page keeps the list that `/evenements` shows; each page's filters stay on it.
  for (const path of ['/', '/evenements'])
    app.get(path, async (c) => {
      const upcoming = await deps.events.listUpcoming();
      const filters = EventFiltersSchema.parse(c.req.query());
      const events = filterEvents(upcoming, filters);
      return renderPage(
        c,
        <EventListPage events={events} upcoming={upcoming} filters={filters} path={path} />,
      );
    });

  // Before `/evenements/:slug`, which would take `passes` for a slug.
  app.get('/evenements/passes', async (c) =>
    renderPage(c, <PastEventListPage events={await deps.events.listPast()} />),
  );

  app.get('/evenements/:slug', async (c) => {
    try {
      const event = await deps.events.getPublicBySlug(c.req.param('slug'));
      const programme = await deps.programme.publicSessions(event);
      return renderPage(c, <EventPage event={event} programme={programme} now={deps.clock.now()} />);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return renderPage(c, <EventNotFoundPage />, 404);
    }
  });
  return app;
}

function EventNotFoundPage() {
  const text = pageText().events;
  return (
    <Layout title={text.notFoundTitle}>
      <h1>{text.notFoundTitle}</h1>
      <p>{text.notFoundText}</p>
      <p>
        <a href={pagePath('/')}>{text.seeUpcoming}</a>
      </p>
    </Layout>
  );
}
