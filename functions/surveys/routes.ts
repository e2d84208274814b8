import { createRoute } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { staffSecurity } from '../auth/openapi-security.js';
import { EventIdParamsSchema } from '../events/schemas.js';
import type { SurveyService } from './survey-service.js';
import { SurveyResultsSchema } from './schemas.js';
import { surveyCsvFile } from './survey-csv.js';

const tags = ['Équipe — enquête de satisfaction'];

const resultsRoute = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/survey',
  tags,
  security: staffSecurity,
  summary: 'Les résultats de l’enquête de satisfaction d’un événement',
  request: { params: EventIdParamsSchema },
  responses: {
    200: {
      description: 'Invités, répondants, moyennes, part qui recommanderait, distribution des notes.',
      content: { 'application/json': { schema: SurveyResultsSchema } },
    },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement inconnu.'),
  },
});

const closeRoute = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/survey/close',
  tags,
  security: staffSecurity,
  summary: 'Clore l’enquête : les réponses ne peuvent plus changer',
  request: { params: EventIdParamsSchema },
  responses: {
    200: {
      description: 'Les résultats, enquête close.',
      content: { 'application/json': { schema: SurveyResultsSchema } },
    },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement inconnu.'),
    409: problem('L’enquête n’a pas encore été envoyée.'),
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/survey.csv',
  tags,
  security: staffSecurity,
  summary: 'Export CSV des réponses (anonyme, sauf si l’événement a `surveyNamed: true`)',
  request: { params: EventIdParamsSchema },
  responses: {
    200: { description: 'Fichier CSV.', content: { 'text/csv': { schema: { type: 'string' } } } },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement inconnu.'),
  },
});

/** The staff API of the satisfaction survey: results, closing, CSV. */
export function surveyRoutes(deps: { surveys: SurveyService }): HubApp {
  const app = staffSubApp();
  app.openapi(resultsRoute, async (c) => c.json(await deps.surveys.results(c.req.valid('param').id), 200));

  app.openapi(closeRoute, async (c) => c.json(await deps.surveys.close(c.req.valid('param').id), 200));

  app.openapi(csvRoute, async (c) => {
    const { event, rows } = await deps.surveys.answers(c.req.valid('param').id);
    const { filename, csv } = surveyCsvFile(
      event,
      rows.map(({ invitation, registration }) => ({
        answer: invitation.answer,
        ...(registration ? { registration } : {}),
      })),
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    });
  });
  return app;
}
