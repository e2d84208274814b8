import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import { renderPage } from '../../pages/render.js';
import { ValidationError } from '../../shared/errors.js';
import type { Notice } from '../../pages/form-fields.js';
import { refusal } from '../../admin/page-errors.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import { withEvent } from '../../events/pages/routes.js';
import type { EventAdminService } from '../../events/event-admin-service.js';
import type { SpeakerService } from '../../speakers/speaker-service.js';
import type { HubEvent } from '../../events/event.js';
import { parisLocalInput } from '../../shared/paris-dates.js';
import type { ProgrammeAdminService } from '../programme-admin-service.js';
import { ProgrammePage, SessionEditPage, programmePaths } from './programme-pages.js';
import {
  createSessionFromForm,
  patchSessionFromForm,
  sessionFormValues,
  sessionFormValuesOf,
  type SessionFormValues,
} from './session-form.js';

const NOTICES: Record<string, Notice> = {
  ajoutee: { kind: 'success', text: 'La session est ajoutée au programme.' },
  modifiee: { kind: 'success', text: 'La session est enregistrée.' },
  retiree: { kind: 'success', text: 'La session est retirée du programme.' },
};

export interface ProgrammePagesDeps {
  events: EventAdminService;
  programme: ProgrammeAdminService;
  speakers: Pick<SpeakerService, 'list'>;
}

/** The programme editor: add, edit and remove an event's sessions with forms that work without script. */
export function programmePages(deps: ProgrammePagesDeps): HubApp {
  const app = staffSubApp();
  const emptyForm = (event: HubEvent): SessionFormValues => ({
    startsAt: parisLocalInput(event.startsAt),
    endsAt: parisLocalInput(event.startsAt),
  });
  const page = async (
    c: Context<HubEnv>,
    event: HubEvent,
    form: { values: SessionFormValues; errors?: Record<string, string[]>; notice?: Notice | undefined },
    status: 200 | 400 | 404 | 409 | 410 = 200,
  ) => {
    const [sessions, speakers] = await Promise.all([deps.programme.list(event.id), deps.speakers.list()]);
    return renderPage(
      c,
      <ProgrammePage event={event} sessions={sessions} speakers={speakers} {...form} />,
      status,
    );
  };

  app.get('/admin/evenements/:id/programme', async (c) =>
    withEvent(c, deps, (event) =>
      page(c, event, { values: emptyForm(event), notice: NOTICES[c.req.query('fait') ?? ''] }),
    ),
  );

  app.post('/admin/evenements/:id/programme', async (c) =>
    withEvent(c, deps, async (event) => {
      const values = sessionFormValues(await c.req.parseBody({ all: true }));
      const parsed = createSessionFromForm(values);
      if (!parsed.ok) return page(c, event, { values, errors: parsed.errors }, 400);
      try {
        await deps.programme.create(event.id, parsed.body);
      } catch (error) {
        if (error instanceof ValidationError && error.fields)
          return page(c, event, { values, errors: error.fields }, 400);
        const { notice, status } = refusal(error);
        return page(c, event, { values, notice }, status);
      }
      return c.redirect(`${programmePaths.programme(event.id)}?fait=ajoutee`, 303);
    }),
  );

  const editPage = async (
    c: Context<HubEnv>,
    event: HubEvent,
    sessionId: string,
    form?: { values: SessionFormValues; errors?: Record<string, string[]>; notice?: Notice | undefined },
    status: 200 | 400 | 404 | 409 | 410 = 200,
  ) => {
    let session;
    try {
      session = await deps.programme.get(event.id, sessionId);
    } catch (error) {
      const { notice, status: refused } = refusal(error);
      return page(c, event, { values: emptyForm(event), notice }, refused);
    }
    const speakers = await deps.speakers.list();
    const props = form ?? { values: sessionFormValuesOf(session) };
    return renderPage(
      c,
      <SessionEditPage event={event} session={session} speakers={speakers} {...props} />,
      status,
    );
  };

  app.get('/admin/evenements/:id/programme/:sessionId', async (c) =>
    withEvent(c, deps, (event) => editPage(c, event, c.req.param('sessionId'))),
  );

  app.post('/admin/evenements/:id/programme/:sessionId', async (c) =>
    withEvent(c, deps, async (event) => {
      const sessionId = c.req.param('sessionId');
      const values = sessionFormValues(await c.req.parseBody({ all: true }));
      const parsed = patchSessionFromForm(values);
      if (!parsed.ok) return editPage(c, event, sessionId, { values, errors: parsed.errors }, 400);
      try {
        await deps.programme.patch(event.id, sessionId, parsed.body);
      } catch (error) {
        if (error instanceof ValidationError && error.fields)
          return editPage(c, event, sessionId, { values, errors: error.fields }, 400);
        const { notice, status } = refusal(error);
        return editPage(c, event, sessionId, { values, notice }, status);
      }
      return c.redirect(`${programmePaths.programme(event.id)}?fait=modifiee`, 303);
    }),
  );

  app.post('/admin/evenements/:id/programme/:sessionId/retirer', async (c) =>
    withEvent(c, deps, async (event) => {
      try {
        await deps.programme.delete(event.id, c.req.param('sessionId'));
      } catch (error) {
        const { notice, status } = refusal(error);
        return page(c, event, { values: emptyForm(event), notice }, status);
      }
      return c.redirect(`${programmePaths.programme(event.id)}?fait=retiree`, 303);
    }),
  );
  return app;
}
