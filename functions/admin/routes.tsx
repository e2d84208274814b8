import type { Hub } from '../composition/hub.js';
import type { HubApp } from '../http/env.js';
import { renderPage } from '../pages/render.js';
import { HubError } from '../shared/errors.js';
import { EventsOverviewPage, type EventsOverviewProps } from './events-overview-page.js';

const NOTICES: Record<string, EventsOverviewProps['notice']> = {
  publie: { kind: 'success', text: 'L’événement est publié : il apparaît maintenant sur le site.' },
};

/** Staff pages. The auth guards (session, same-origin forms) are already on `/admin/*`. */
export function registerAdminRoutes(app: HubApp, hub: Hub): void {
  app.get('/admin', async (c) => {
    const events = await hub.events.listAll();
    const notice = NOTICES[c.req.query('fait') ?? ''];
    return renderPage(c, <EventsOverviewPage events={events} now={hub.clock.now()} notice={notice} />);
  });

  app.post('/admin/evenements/:id/publier', async (c) => {
    try {
      await hub.events.publish(c.req.param('id'));
    } catch (error) {
      if (!(error instanceof HubError) || error.status >= 500) throw error;
      const events = await hub.events.listAll();
      const notice = { kind: 'error' as const, text: error.detail ?? error.title };
      const status =
        error.status === 400 || error.status === 404 || error.status === 410 ? error.status : 409;
      return renderPage(
        c,
        <EventsOverviewPage events={events} now={hub.clock.now()} notice={notice} />,
        status,
      );
    }
    return c.redirect('/admin?fait=publie', 303);
  });
}
