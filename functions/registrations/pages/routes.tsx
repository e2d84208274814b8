import type { Context } from 'hono';
import type { HubEvent } from '../../events/event.js';
import type { HubApp, HubEnv } from '../../http/env.js';
import type { Notice } from '../../pages/form-fields.js';
import { renderPage } from '../../pages/render.js';
import type { Registration } from '../registration.js';
import { adminPaths } from '../../admin/admin-links.js';
import { withEvent, type EventPagesDeps } from '../../events/pages/routes.js';
import { refusal, type PageStatus } from '../../admin/page-errors.js';
import {
  RegistrationFiltersSchema,
  filterRegistrations,
  filtersQuery,
  type RegistrationFilters,
} from './registration-filters.js';
import { RegistrationsPage, fullName } from './registrations-page.js';
import { staffSubApp } from '../../http/staff-sub-app.js';

/** The registrations table of an event: search, filter, check in at the door, give a waitlisted person a seat. */
export function registrationTableRoutes(deps: EventPagesDeps): HubApp {
  const app = staffSubApp();
  const table = async (
    c: Context<HubEnv>,
    event: HubEvent,
    filters: RegistrationFilters,
    outcome?: { notice: Notice; status: PageStatus },
  ) => {
    const all = await deps.registrations.listForEvent(event.id);
    const notice = outcome?.notice ?? noticeFromQuery(c, all);
    const shown = filterRegistrations(all, filters);
    const page = (
      <RegistrationsPage event={event} all={all} shown={shown} filters={filters} notice={notice} />
    );
    return renderPage(c, page, outcome?.status ?? 200);
  };

  app.get('/admin/evenements/:id/inscriptions', async (c) =>
    withEvent(c, deps, (event) => table(c, event, RegistrationFiltersSchema.parse(c.req.query()))),
  );

  app.post('/admin/evenements/:id/inscriptions/:registrationId/presence', async (c) =>
    withEvent(c, deps, async (event) => {
      const filters = RegistrationFiltersSchema.parse(await c.req.parseBody());
      const registrationId = c.req.param('registrationId');
      try {
        await deps.registrations.checkIn(event.id, registrationId);
      } catch (error) {
        return table(c, await deps.events.get(event.id), filters, refusal(error));
      }
      return c.redirect(
        adminPaths.registrations(event.id) + filtersQuery(filters, { pointe: registrationId }),
        303,
      );
    }),
  );

  app.post('/admin/evenements/:id/inscriptions/:registrationId/confirmer', async (c) =>
    withEvent(c, deps, async (event) => {
      const filters = RegistrationFiltersSchema.parse(await c.req.parseBody());
      const registrationId = c.req.param('registrationId');
      let seatAdded: boolean;
      try {
        ({ seatAdded } = await deps.registrations.promoteOne(event.id, registrationId));
      } catch (error) {
        return table(c, await deps.events.get(event.id), filters, refusal(error));
      }
      const done = { confirme: registrationId, ...(seatAdded ? { place: 'ajoutee' } : {}) };
      return c.redirect(adminPaths.registrations(event.id) + filtersQuery(filters, done), 303);
    }),
  );
  return app;
}

/** After a redirect: who was just checked in or given a seat, by name. */
function noticeFromQuery(c: Context<HubEnv>, registrations: Registration[]): Notice | undefined {
  const find = (id: string | undefined) => (id ? registrations.find((r) => r.id === id) : undefined);
  const checkedIn = find(c.req.query('pointe'));
  if (checkedIn) return { kind: 'success', text: `Présence enregistrée : ${fullName(checkedIn)}.` };
  const promoted = find(c.req.query('confirme'));
  if (promoted)
    return {
      kind: 'success',
      text:
        `${fullName(promoted)} a maintenant une place confirmée et reçoit un e-mail avec l’invitation.` +
        (c.req.query('place') === 'ajoutee' ? ' L’événement était complet : une place a été ajoutée.' : ''),
    };
  return undefined;
}
