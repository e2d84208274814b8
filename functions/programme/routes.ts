import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { EventIdParamsSchema } from '../events/schemas.js';
import type { ProgrammeAdminService } from './programme-admin-service.js';
import {
  CreateSessionBodySchema,
  PatchSessionBodySchema,
  SessionListSchema,
  SessionParamsSchema,
  SessionSchema,
} from './schemas.js';

const tags = ['Équipe — programme'];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const staffOnly = { 401: problem('Session d’équipe requise.') };
const notFound = { 404: problem('Événement ou session inconnus.') };
const invalid = { 400: problem('Données invalides, ou session hors des dates de l’événement.') };
const conflict = { 409: problem('Salle déjà occupée à ce moment, ou événement annulé.') };

const listSessions = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/sessions',
  tags,
  summary: 'Les sessions du programme d’un événement, par heure de début',
  request: { params: EventIdParamsSchema },
  responses: {
    200: { content: json(SessionListSchema), description: 'Sessions.' },
    ...staffOnly,
    ...notFound,
  },
});

const createSession = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/sessions',
  tags,
  summary: 'Ajouter une session au programme',
  request: { params: EventIdParamsSchema, body: { content: json(CreateSessionBodySchema), required: true } },
  responses: {
    201: { content: json(z.object({ id: z.string() })), description: 'Session créée.' },
    ...invalid,
    ...staffOnly,
    ...notFound,
    ...conflict,
  },
});

const patchSession = createRoute({
  method: 'patch',
  path: '/api/admin/events/{id}/sessions/{sessionId}',
  tags,
  summary: 'Modifier une session (null retire un champ facultatif)',
  request: { params: SessionParamsSchema, body: { content: json(PatchSessionBodySchema), required: true } },
  responses: {
    200: { content: json(SessionSchema), description: 'Session modifiée.' },
    ...invalid,
    ...staffOnly,
    ...notFound,
    ...conflict,
  },
});

const deleteSession = createRoute({
  method: 'delete',
  path: '/api/admin/events/{id}/sessions/{sessionId}',
  tags,
  summary: 'Retirer une session du programme',
  request: { params: SessionParamsSchema },
  responses: { 204: { description: 'Session retirée.' }, ...staffOnly, ...notFound, 409: conflict[409] },
});

export interface StaffProgrammeDeps {
  programme: ProgrammeAdminService;
}

/** The staff API of an event's programme, behind the staff session. */
export function staffProgrammeRoutes({ programme }: StaffProgrammeDeps): HubApp {
  const app = staffSubApp();

  app.openapi(listSessions, async (c) =>
    c.json({ items: await programme.list(c.req.valid('param').id) }, 200),
  );

  app.openapi(createSession, async (c) => {
    const session = await programme.create(c.req.valid('param').id, c.req.valid('json'));
    return c.json({ id: session.id }, 201);
  });

  app.openapi(patchSession, async (c) => {
    const { id, sessionId } = c.req.valid('param');
    return c.json(await programme.patch(id, sessionId, c.req.valid('json')), 200);
  });

  app.openapi(deleteSession, async (c) => {
    const { id, sessionId } = c.req.valid('param');
    await programme.delete(id, sessionId);
    return c.body(null, 204);
  });
  return app;
}
