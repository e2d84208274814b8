import type { Context } from 'hono';
import { jsx } from 'hono/jsx/jsx-runtime';
import * as z from 'zod/mini';
import type { HubEnv, PublicApp } from '../http/env.js';
import { registerRoute } from '../http/register-route.js';
import { publicSubApp } from '../http/sub-app.js';
import { defineRoute } from '../http/route-spec.js';
import type { Clock } from '../shared/clock.js';
import type { RegistrationService } from './registration-service.js';
import { fieldErrorsFrom } from '../http/validation.js';
import { useLanguage } from '../http/language-routing.js';
import { renderPage } from '../pages/render.js';
import { HubError, ValidationError } from '../shared/errors.js';
import { EventPage } from '../events/pages/event-page.js';
import type { PublicEventDeps } from '../events/public-routes.js';
import { CANCEL_PATH } from './cancellation-link.js';
import { REGISTRATION_TEXT_FIELDS, type RegistrationFormState } from './registration-form.js';
import { cancelBodySchema, registrationBodyFromForm, registrationBodySchema } from './public-schemas.js';
import { RegistrationResultPage } from './pages/registration-result-page.js';
import { AlreadyRegisteredPage } from './pages/already-registered-page.js';
import { CancellationConfirmPage, CancellationDonePage } from './pages/cancellation-pages.js';
import { MessagePage } from './pages/message-page.js';

const slugParams = z.object({
  slug: z.string().check(z.minLength(1), z.maxLength(200), z.meta({ example: 'journee-technique-lyon' })),
});

export const registrationRoute = defineRoute({
  method: 'post',
  path: '/api/events/{slug}/registrations',
  request: {
    params: slugParams,
    // Form posts are handled (and answered in HTML) before this validator runs.
    body: { schema: registrationBodySchema, alsoAccepts: ['application/x-www-form-urlencoded'] },
  },
});

export const cancellationRoute = defineRoute({
  method: 'post',
  path: '/api/registrations/cancel',
  request: { body: { schema: cancelBodySchema } },
});

export interface PublicRegistrationDeps {
  registrations: Pick<
    RegistrationService,
    'register' | 'cancelByToken' | 'previewCancellation' | 'publicEvent' | 'waitlistRank'
  >;
  /** A refused form shows the event page again, with its programme. */
  programme: Pick<PublicEventDeps['programme'], 'publicSessions'>;
  clock: Clock;
}

/** Registering and cancelling, in JSON or from the event page's forms and the cancellation link. */
export function publicRegistrationRoutes(deps: PublicRegistrationDeps): PublicApp {
  const app = publicSubApp();
  // Registered before the JSON route: its validator answers in JSON, a form deserves a page.
  app.post('/api/events/:slug/registrations', async (c, next) => {
    if (!isForm(c)) return next();
    return registerFromForm(c, deps);
  });

  registerRoute(app, registrationRoute, async (c) => {
    const result = await deps.registrations.register(c.req.valid('param').slug, c.req.valid('json'));
    if (result.outcome === 'already-registered') return c.json({ outcome: result.outcome }, 200);
    const { registration } = result;
    return c.json({ id: registration.id, status: registration.status as 'confirmed' | 'waitlisted' }, 201);
  });

  registerRoute(app, cancellationRoute, async (c) => {
    const { registration } = await deps.registrations.cancelByToken(c.req.valid('json').token);
    return c.json({ id: registration.id, status: 'cancelled' as const }, 200);
  });

  app.get(CANCEL_PATH, async (c) => {
    const token = c.req.query('token') ?? '';
    try {
      const { event, registration } = await deps.registrations.previewCancellation(token);
      return renderPage(c, jsx(CancellationConfirmPage, { event, registration, token }));
    } catch (error) {
      return refusalPage(c, error);
    }
  });

  app.post(CANCEL_PATH, async (c) => {
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token : '';
    try {
      const { event, registration, alreadyCancelled } = await deps.registrations.cancelByToken(token);
      return renderPage(c, jsx(CancellationDonePage, { event, registration, alreadyCancelled }));
    } catch (error) {
      return refusalPage(c, error);
    }
  });
  return app;
}

function isForm(c: Context<HubEnv>): boolean {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  return type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
}

/** The event page's form: the same rules as the JSON body, answered with pages. */
async function registerFromForm(c: Context<HubEnv>, deps: PublicRegistrationDeps) {
  const raw = await c.req.parseBody();
  // The form posts to the API: its hidden field names the page's language, which the answer keeps.
  if (raw.language === 'en') await useLanguage(c, 'en');
  let event;
  try {
    event = await deps.registrations.publicEvent(c.req.param('slug') ?? '');
  } catch (error) {
    return refusalPage(c, error);
  }
  const now = deps.clock.now();
  const values = typedValues(raw);
  const parsed = registrationBodySchema.safeParse(registrationBodyFromForm(raw));
  if (!parsed.success) {
    const form: RegistrationFormState = { values, errors: fieldErrorsFrom(parsed.error) };
    const programme = await deps.programme.publicSessions(event);
    return renderPage(c, jsx(EventPage, { event, programme, now, form }), 400);
  }
  try {
    const result = await deps.registrations.register(event.slug, parsed.data);
    if (result.outcome === 'already-registered')
      return renderPage(c, jsx(AlreadyRegisteredPage, { event }), 200);
    const { registration } = result;
    const waitlistRank = await deps.registrations.waitlistRank(registration);
    return renderPage(c, jsx(RegistrationResultPage, { event, registration, waitlistRank }), 201);
  } catch (error) {
    if (error instanceof HubError && (error.status === 409 || error.status === 410)) {
      const current = (await deps.registrations.publicEvent(event.slug).catch(() => undefined)) ?? event;
      const form: RegistrationFormState = { values, errors: {}, message: error.detail ?? error.title };
      const programme = await deps.programme.publicSessions(current);
      return renderPage(c, jsx(EventPage, { event: current, programme, now, form }), error.status);
    }
    throw error;
  }
}

function typedValues(raw: Record<string, unknown>): RegistrationFormState['values'] {
  const values: RegistrationFormState['values'] = {};
  for (const field of REGISTRATION_TEXT_FIELDS) {
    const value = raw[field];
    if (typeof value === 'string') values[field] = value;
  }
  values.consent = raw.consent === 'true' || raw.consent === 'on';
  values.newsletter = raw.newsletter === 'true' || raw.newsletter === 'on';
  return values;
}

/** Refusals for people who followed a link or posted a form: a page in their language, with the same status. */
function refusalPage(c: Context<HubEnv>, error: unknown) {
  if (!(error instanceof HubError)) throw error;
  const status = error.status;
  if (status !== 400 && status !== 404 && status !== 409 && status !== 410) throw error;
  const message =
    error instanceof ValidationError
      ? (Object.values(error.fields ?? {})[0]?.[0] ?? error.detail ?? error.title)
      : (error.detail ?? error.title);
  const title = c.req.path === CANCEL_PATH ? 'Annulation impossible' : error.title;
  return renderPage(c, jsx(MessagePage, { title, message }), status);
}
