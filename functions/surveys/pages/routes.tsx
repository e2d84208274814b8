import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import { notFoundPage } from '../../pages/not-found-page.js';
import { renderPage } from '../../pages/render.js';
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../../shared/errors.js';
import { withEvent, type EventPagesDeps } from '../../events/pages/routes.js';
import type { SurveyService } from '../survey-service.js';
import type { SurveyAnswer } from '../survey.js';
import { SurveyAnswerBodySchema } from '../schemas.js';
import { SurveyFormPage, type SurveyValues } from './survey-form-page.js';
import { SurveyResultsPage } from './survey-results-page.js';

const NO_STORE = { 'cache-control': 'no-store' };

function valuesOf(answer: SurveyAnswer | undefined): SurveyValues {
  if (!answer) return {};
  return {
    overall: String(answer.overall),
    content: String(answer.content),
    trainers: String(answer.trainers),
    recommend: answer.recommend ? 'oui' : 'non',
    ...(answer.comment ? { comment: answer.comment } : {}),
  };
}

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'formulaire');
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The survey's personal page (`/enquete/{token}`: the form, which posts to itself; a JSON post answers in JSON),
 * served by the full app like the other pages of personal links that the public function does not carry.
 */
export function surveyPages(deps: { surveys: SurveyService }): HubApp {
  const app = staffSubApp();
  app.get('/enquete/:token', async (c) =>
    orNotFound(c, async () => {
      const form = await deps.surveys.form(c.req.param('token'));
      return renderPage(
        c,
        <SurveyFormPage form={form} action={c.req.path} values={valuesOf(form.answer)} />,
        200,
        NO_STORE,
      );
    }),
  );

  app.post('/enquete/:token', async (c) =>
    orNotFound(c, async () => {
      const token = c.req.param('token');
      const json = (c.req.header('content-type') ?? '').startsWith('application/json');
      const body: Record<string, unknown> = json
        ? await c.req.json().catch(() => ({}))
        : ((await c.req.parseBody()) as Record<string, unknown>);
      const parsed = SurveyAnswerBodySchema.safeParse(body);
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error.issues);
        if (json) throw new ValidationError(errors);
        const form = await deps.surveys.form(token);
        const values = Object.fromEntries(
          Object.entries(body).filter(([, value]) => typeof value === 'string'),
        ) as SurveyValues;
        return renderPage(
          c,
          <SurveyFormPage form={form} action={c.req.path} values={values} errors={errors} />,
          400,
          NO_STORE,
        );
      }
      let answer: SurveyAnswer;
      try {
        answer = await deps.surveys.answer(token, parsed.data);
      } catch (error) {
        if (json || !(error instanceof ConflictError)) throw error;
        const form = await deps.surveys.form(token);
        return renderPage(c, <SurveyFormPage form={form} action={c.req.path} values={{}} />, 409, NO_STORE);
      }
      if (json) return c.json(answer, 200);
      const form = await deps.surveys.form(token);
      return renderPage(
        c,
        <SurveyFormPage form={form} action={c.req.path} values={valuesOf(answer)} saved />,
        200,
        NO_STORE,
      );
    }),
  );
  return app;
}

/** The staff page of an event's survey, and its closing button. */
export function staffSurveyPages(deps: Pick<EventPagesDeps, 'events'> & { surveys: SurveyService }): HubApp {
  const app = staffSubApp();
  app.get('/admin/evenements/:id/enquete', async (c) =>
    withEvent(c, deps, async (event) =>
      renderPage(c, <SurveyResultsPage event={event} results={await deps.surveys.results(event.id)} />),
    ),
  );
  app.post('/admin/evenements/:id/enquete/clore', async (c) =>
    withEvent(c, deps, async (event) => {
      await deps.surveys.close(event.id);
      return c.redirect(`/admin/evenements/${encodeURIComponent(event.id)}/enquete`, 303);
    }),
  );
  return app;
}

async function orNotFound(c: Context<HubEnv>, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (
      error instanceof NotFoundError &&
      !(c.req.header('content-type') ?? '').startsWith('application/json')
    )
      return notFoundPage(c);
    throw error;
  }
}
