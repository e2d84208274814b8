import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import type { Notice } from '../../pages/form-fields.js';
import { renderPage } from '../../pages/render.js';
import { ValidationError } from '../../shared/errors.js';
import { adminPaths } from '../../admin/admin-links.js';
import { CancelEventPage } from './cancel-event-page.js';
import {
  createBodyFromForm,
  eventFormValues,
  eventFormValuesOf,
  formFieldErrors,
  patchBodyFromForm,
} from './event-form.js';
import { EventFormPage } from './event-form-page.js';
import { StaffMessagePage, refusal } from '../../admin/page-errors.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import type { HubEvent } from '../event.js';
import type { EventAdminService } from '../event-admin-service.js';
import type { EventShareImageService } from '../share-image-service.js';
import { SHARE_IMAGE_SCRIPT, SHARE_IMAGE_SCRIPT_PATH } from './share-image-script.js';
import type { RegistrationAdminService } from '../../registrations/registration-admin-service.js';

const EDIT_NOTICES: Record<string, Notice> = {
  cree: {
    kind: 'success',
    text: 'Le brouillon est enregistré. Il n’est visible que de l’équipe tant qu’il n’est pas publié.',
  },
  modifie: { kind: 'success', text: 'Les modifications sont enregistrées.' },
  image: {
    kind: 'success',
    text: 'L’image de partage est en place : les aperçus de lien de la page de l’événement la montrent.',
  },
  'image-retiree': {
    kind: 'success',
    text: 'L’image de partage est retirée : les aperçus de lien montrent de nouveau celle du hub.',
  },
};

export interface EventPagesDeps {
  events: EventAdminService;
  shareImages: EventShareImageService;
  registrations: RegistrationAdminService;
}

/** Create, edit and cancel events with forms: the API's schemas, French messages beside the fields. */
export function eventFormRoutes(deps: EventPagesDeps): HubApp {
  const app = staffSubApp();
  app.get(adminPaths.newEvent, (c) => renderPage(c, <EventFormPage values={{ kind: 'technical-day' }} />));

  app.post(adminPaths.newEvent, async (c) => {
    const values = eventFormValues(await c.req.parseBody());
    const parsed = createBodyFromForm(values);
    if (!parsed.ok) return renderPage(c, <EventFormPage values={values} errors={parsed.errors} />, 400);
    const event = await deps.events.create(parsed.body);
    return c.redirect(`${adminPaths.editEvent(event.id)}?fait=cree`, 303);
  });

  app.get(SHARE_IMAGE_SCRIPT_PATH, (c) =>
    c.body(SHARE_IMAGE_SCRIPT, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    }),
  );

  app.get('/admin/evenements/:id/modifier', async (c) =>
    withEvent(c, deps, async (event) =>
      renderPage(
        c,
        <EventFormPage
          event={event}
          values={eventFormValuesOf(event)}
          notice={EDIT_NOTICES[c.req.query('fait') ?? '']}
          shareImagePreview={await deps.shareImages.staffPreviewUrl(event)}
        />,
      ),
    ),
  );

  app.post('/admin/evenements/:id/image-partage/retirer', async (c) =>
    withEvent(c, deps, async (event) => {
      try {
        await deps.shareImages.remove(event.id);
      } catch (error) {
        const { notice, status } = refusal(error);
        return renderPage(
          c,
          <EventFormPage event={event} values={eventFormValuesOf(event)} notice={notice} />,
          status,
        );
      }
      return c.redirect(`${adminPaths.editEvent(event.id)}?fait=image-retiree`, 303);
    }),
  );

  app.post('/admin/evenements/:id/modifier', async (c) =>
    withEvent(c, deps, async (event) => {
      const values = eventFormValues(await c.req.parseBody());
      const parsed = patchBodyFromForm(values);
      if (!parsed.ok)
        return renderPage(c, <EventFormPage event={event} values={values} errors={parsed.errors} />, 400);
      try {
        await deps.events.patch(event.id, parsed.body);
      } catch (error) {
        if (error instanceof ValidationError && error.fields) {
          const errors = formFieldErrors(error.fields);
          return renderPage(c, <EventFormPage event={event} values={values} errors={errors} />, 400);
        }
        const { notice, status } = refusal(error);
        return renderPage(c, <EventFormPage event={event} values={values} notice={notice} />, status);
      }
      return c.redirect(`${adminPaths.editEvent(event.id)}?fait=modifie`, 303);
    }),
  );

  app.get('/admin/evenements/:id/annuler', async (c) =>
    withEvent(c, deps, async (event) => {
      if (event.status === 'cancelled') return c.redirect(adminPaths.dashboard, 303);
      return renderPage(c, <CancelEventPage event={event} {...await audience(deps, event.id)} />);
    }),
  );

  app.post('/admin/evenements/:id/annuler', async (c) =>
    withEvent(c, deps, async (event) => {
      try {
        await deps.events.cancel(event.id);
      } catch (error) {
        const { notice, status } = refusal(error);
        const page = <CancelEventPage event={event} {...await audience(deps, event.id)} notice={notice} />;
        return renderPage(c, page, status);
      }
      return c.redirect(`${adminPaths.dashboard}?fait=annule`, 303);
    }),
  );
  return app;
}

/** Who a cancellation will notify, counted the way the service picks them. */
async function audience(deps: Pick<EventPagesDeps, 'registrations'>, eventId: string) {
  const registrations = await deps.registrations.listForEvent(eventId);
  return {
    confirmed: registrations.filter((r) => r.status === 'confirmed').length,
    waitlisted: registrations.filter((r) => r.status === 'waitlisted').length,
  };
}

/** Loads the event of the path, or answers with a staff page saying it does not exist. */
export async function withEvent(
  c: Context<HubEnv>,
  deps: Pick<EventPagesDeps, 'events'>,
  handle: (event: HubEvent) => Response | Promise<Response>,
): Promise<Response> {
  let event;
  try {
    event = await deps.events.get(c.req.param('id') ?? '');
  } catch (error) {
    const { notice, status } = refusal(error);
    return renderPage(c, <StaffMessagePage title="Événement introuvable" notice={notice} />, status);
  }
  return handle(event);
}
