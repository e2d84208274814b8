import type { HubApp } from '../http/env.js';
import type { Notice } from '../pages/form-fields.js';
import { renderPage } from '../pages/render.js';
import { DashboardPage, upcomingEvents } from './dashboard-page.js';
import { eventFormRoutes, type EventPagesDeps } from '../events/pages/routes.js';
import { refusal } from './page-errors.js';
import { dashboardPanels, type DashboardPanelsDeps } from './panels/dashboard-panels.js';
import { LIVE_PROGRESS_PATH, LIVE_PROGRESS_SCRIPT } from './panels/live-progress-script.js';
import { registrationTableRoutes } from '../registrations/pages/routes.js';
import { MAX_CHART_SERIES, type ChartSeries } from './registrations-chart.js';
import { chartDays, cumulativeSeries } from './registration-series.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { mountRoutes } from '../http/register-route.js';
import type { Clock } from '../shared/clock.js';

const NOTICES: Record<string, Notice> = {
  publie: { kind: 'success', text: 'L’événement est publié : il apparaît maintenant sur le site.' },
  annule: {
    kind: 'success',
    text: 'L’événement est annulé : les inscrits reçoivent un e-mail d’annulation.',
  },
};

export interface AdminDeps extends EventPagesDeps, DashboardPanelsDeps {
  clock: Clock;
  /** Whether the hub's data are the local demo's (the dashboard says so). */
  demoData?: (() => boolean) | undefined;
}

/** Staff pages. The auth guards (session, same-origin forms) are already on `/admin/*`. */
export function adminRoutes(deps: AdminDeps): HubApp {
  const app = staffSubApp();
  const dashboard = async (notice: Notice | undefined) => {
    const events = await deps.events.listAll();
    const now = deps.clock.now();
    const [chart, panels] = await Promise.all([
      registrationsOverTime(deps, upcomingEvents(events, now), now),
      dashboardPanels(deps, now),
    ]);
    return (
      <DashboardPage
        events={events}
        now={now}
        chart={chart}
        panels={panels}
        notice={notice}
        demoData={deps.demoData?.() ?? false}
      />
    );
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
      await deps.events.publish(c.req.param('id'));
    } catch (error) {
      const { notice, status } = refusal(error);
      return renderPage(c, await dashboard(notice), status);
    }
    return c.redirect('/admin?fait=publie', 303);
  });

  mountRoutes(app, eventFormRoutes(deps));
  mountRoutes(app, registrationTableRoutes(deps));
  return app;
}

/** One line per upcoming event that has registrations, on the days since the first one. */
async function registrationsOverTime(
  deps: Pick<EventPagesDeps, 'registrations'>,
  events: readonly { id: string; title: string; confirmedCount: number; waitlistedCount: number }[],
  now: Date,
): Promise<ChartSeries[]> {
  const charted = events
    .filter((event) => event.confirmedCount + event.waitlistedCount > 0)
    .slice(0, MAX_CHART_SERIES);
  const dates = await Promise.all(
    charted.map(async (event) =>
      (await deps.registrations.listForEvent(event.id)).map((registration) => registration.createdAt),
    ),
  );
  const first = dates.flat().sort()[0];
  const days = chartDays(now, first);
  return charted.map((event, index) => ({
    title: event.title,
    points: cumulativeSeries(dates[index]!, days),
  }));
}
