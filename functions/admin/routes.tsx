import type { Hub } from '../composition/hub.js';
import type { HubApp } from '../http/env.js';
import type { Notice } from '../pages/form-fields.js';
import { renderPage } from '../pages/render.js';
import { DashboardPage, upcomingEvents } from './dashboard-page.js';
import { registerEventFormRoutes } from './event-form-routes.js';
import { refusal } from './page-errors.js';
import { dashboardPanels } from './panels/dashboard-panels.js';
import { LIVE_PROGRESS_PATH, LIVE_PROGRESS_SCRIPT } from './panels/live-progress-script.js';
import { registerRegistrationTableRoutes } from './registration-table-routes.js';
import { MAX_CHART_SERIES, type ChartSeries } from './registrations-chart.js';
import { chartDays, cumulativeSeries } from './registration-series.js';

const NOTICES: Record<string, Notice> = {
  publie: { kind: 'success', text: 'L’événement est publié : il apparaît maintenant sur le site.' },
  annule: {
    kind: 'success',
    text: 'L’événement est annulé : les inscrits reçoivent un e-mail d’annulation.',
  },
};

/** Staff pages. The auth guards (session, same-origin forms) are already on `/admin/*`. */
export function registerAdminRoutes(app: HubApp, hub: Hub): void {
  const dashboard = async (notice: Notice | undefined) => {
    const events = await hub.events.listAll();
    const now = hub.clock.now();
    const [chart, panels] = await Promise.all([
      registrationsOverTime(hub, upcomingEvents(events, now), now),
      dashboardPanels(hub, now),
    ]);
    return <DashboardPage events={events} now={now} chart={chart} panels={panels} notice={notice} />;
  };

  app.get(LIVE_PROGRESS_PATH, (c) =>
    c.body(LIVE_PROGRESS_SCRIPT, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    }),
  );

  app.get('/admin', async (c) => renderPage(c, await dashboard(NOTICES[c.req.query('fait') ?? ''])));

  app.post('/admin/evenements/:id/publier', async (c) => {
    try {
      await hub.events.publish(c.req.param('id'));
    } catch (error) {
      const { notice, status } = refusal(error);
      return renderPage(c, await dashboard(notice), status);
    }
    return c.redirect('/admin?fait=publie', 303);
  });

  registerEventFormRoutes(app, hub);
  registerRegistrationTableRoutes(app, hub);
}

/** One line per upcoming event that has registrations, on the days since the first one. */
async function registrationsOverTime(
  hub: Hub,
  events: readonly { id: string; title: string; confirmedCount: number; waitlistedCount: number }[],
  now: Date,
): Promise<ChartSeries[]> {
  const charted = events
    .filter((event) => event.confirmedCount + event.waitlistedCount > 0)
    .slice(0, MAX_CHART_SERIES);
  const dates = await Promise.all(
    charted.map(async (event) =>
      (await hub.registrations.listForEvent(event.id)).map((registration) => registration.createdAt),
    ),
  );
  const first = dates.flat().sort()[0];
  const days = chartDays(now, first);
  return charted.map((event, index) => ({
    title: event.title,
    points: cumulativeSeries(dates[index]!, days),
  }));
}
