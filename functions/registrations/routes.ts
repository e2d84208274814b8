import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { registrationListSchema, registrationSchema } from './schemas.js';
import { registrationsCsvFile } from './registrations-csv.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import type { RegistrationAdminService } from './registration-admin-service.js';

const eventParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const registrationParams = eventParams.extend({
  registrationId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'registrationId', in: 'path' } }),
});

const adminTag = ['Équipe — inscriptions'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/registrations',
  tags: adminTag,
  summary: 'Les inscriptions d’un événement, des plus anciennes aux plus récentes',
  request: { params: eventParams },
  responses: {
    200: {
      description: 'Inscriptions.',
      content: { 'application/json': { schema: registrationListSchema } },
    },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement inconnu.'),
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/registrations.csv',
  tags: adminTag,
  summary: 'Export CSV des inscriptions (UTF-8 avec BOM, séparateur « ; »)',
  request: { params: eventParams },
  responses: {
    200: { description: 'Fichier CSV.', content: { 'text/csv': { schema: { type: 'string' } } } },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement inconnu.'),
  },
});

const checkInRoute = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/registrations/{registrationId}/check-in',
  tags: adminTag,
  summary: 'Pointer une personne présente (sans effet si déjà pointée)',
  request: { params: registrationParams },
  responses: {
    200: {
      description: 'Inscription pointée.',
      content: { 'application/json': { schema: registrationSchema } },
    },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement ou inscription inconnus.'),
    409: problem('L’inscription n’est pas confirmée.'),
  },
});

/** The staff API of registrations: the list, its CSV export and the check-in. */
export function staffRegistrationRoutes(deps: { registrations: RegistrationAdminService }): HubApp {
  const app = staffSubApp();
  app.openapi(listRoute, async (c) => {
    const items = await deps.registrations.listForEvent(c.req.valid('param').id);
    return c.json({ items }, 200);
  });

  app.openapi(csvRoute, async (c) => {
    const { event, registrations } = await deps.registrations.eventWithRegistrations(c.req.valid('param').id);
    const { filename, csv } = registrationsCsvFile(event, registrations);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    });
  });

  app.openapi(checkInRoute, async (c) => {
    const { id, registrationId } = c.req.valid('param');
    return c.json(await deps.registrations.checkIn(id, registrationId), 200);
  });
  return app;
}
