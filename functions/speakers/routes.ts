import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import type { SpeakerService } from './speaker-service.js';
import { speakerView } from './speaker-views.js';
import {
  CreateSpeakerBodySchema,
  PatchSpeakerBodySchema,
  PhotoUploadBodySchema,
  SpeakerIdParamsSchema,
  SpeakerSchema,
} from './schemas.js';

const tags = ['Équipe — intervenants'];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const staffOnly = { 401: problem('Session d’équipe requise.') };
const notFound = { 404: problem('Intervenant inconnu.') };
const invalid = { 400: problem('Données invalides.') };
const params = { params: SpeakerIdParamsSchema };

const routes = {
  create: createRoute({
    method: 'post',
    path: '/api/admin/speakers',
    tags,
    summary: 'Créer un intervenant (réutilisable d’un événement à l’autre)',
    request: { body: { content: json(CreateSpeakerBodySchema), required: true } },
    responses: {
      201: { content: json(z.object({ id: z.string() })), description: 'Intervenant créé.' },
      ...invalid,
      ...staffOnly,
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/api/admin/speakers',
    tags,
    summary: 'Tous les intervenants, par nom',
    responses: {
      200: { content: json(z.object({ items: z.array(SpeakerSchema) })), description: 'Intervenants.' },
      ...staffOnly,
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/api/admin/speakers/{id}',
    tags,
    summary: 'Un intervenant',
    request: params,
    responses: {
      200: { content: json(SpeakerSchema), description: 'Intervenant.' },
      ...staffOnly,
      ...notFound,
    },
  }),
  patch: createRoute({
    method: 'patch',
    path: '/api/admin/speakers/{id}',
    tags,
    summary: 'Modifier un intervenant (null retire un champ facultatif)',
    request: { ...params, body: { content: json(PatchSpeakerBodySchema), required: true } },
    responses: {
      200: { content: json(SpeakerSchema), description: 'Intervenant modifié.' },
      ...invalid,
      ...staffOnly,
      ...notFound,
    },
  }),
  delete: createRoute({
    method: 'delete',
    path: '/api/admin/speakers/{id}',
    tags,
    summary: 'Supprimer un intervenant (et sa photo)',
    request: params,
    responses: { 204: { description: 'Supprimé.' }, ...staffOnly, ...notFound },
  }),
  requestPhoto: createRoute({
    method: 'post',
    path: '/api/admin/speakers/{id}/photo',
    tags,
    summary: 'Annoncer une photo et obtenir son URL d’envoi (PUT présigné)',
    request: { ...params, body: { content: json(PhotoUploadBodySchema), required: true } },
    responses: {
      201: {
        content: json(z.object({ uploadUrl: z.string() })),
        description: 'Envoyez les octets par PUT à uploadUrl avec le même Content-Type, puis confirmez.',
      },
      ...invalid,
      ...staffOnly,
      ...notFound,
    },
  }),
  confirmPhoto: createRoute({
    method: 'post',
    path: '/api/admin/speakers/{id}/photo/complete',
    tags,
    summary: 'Confirmer la photo reçue (taille, type et signature vérifiés ; vignette)',
    request: params,
    responses: {
      200: { content: json(SpeakerSchema), description: 'Photo prête.' },
      ...invalid,
      ...staffOnly,
      ...notFound,
      409: problem('Photo pas encore reçue.'),
    },
  }),
  photo: createRoute({
    method: 'get',
    path: '/api/admin/speakers/{id}/photo',
    tags,
    summary: 'La photo (ou sa vignette avec ?vignette=1)',
    request: { ...params, query: z.object({ vignette: z.enum(['1']).optional() }) },
    responses: {
      302: { description: 'Redirection vers une URL présignée (5 minutes).' },
      ...staffOnly,
      ...notFound,
    },
  }),
};

export interface SpeakerRoutesDeps {
  speakers: SpeakerService;
}

/** The staff API of speakers, behind the staff session. */
export function speakerRoutes({ speakers }: SpeakerRoutesDeps): HubApp {
  const app = staffSubApp();
  app.openapi(routes.create, async (c) =>
    c.json({ id: (await speakers.create(c.req.valid('json'))).id }, 201),
  );
  app.openapi(routes.list, async (c) => c.json({ items: (await speakers.list()).map(speakerView) }, 200));
  app.openapi(routes.get, async (c) => c.json(speakerView(await speakers.get(c.req.valid('param').id)), 200));
  app.openapi(routes.patch, async (c) =>
    c.json(speakerView(await speakers.patch(c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  app.openapi(routes.delete, async (c) => {
    await speakers.delete(c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(routes.requestPhoto, async (c) => {
    const uploadUrl = await speakers.requestPhotoUpload(c.req.valid('param').id, c.req.valid('json'));
    return c.json({ uploadUrl }, 201);
  });
  app.openapi(routes.confirmPhoto, async (c) =>
    c.json(speakerView(await speakers.confirmPhoto(c.req.valid('param').id)), 200),
  );
  app.openapi(routes.photo, async (c) => {
    const thumbnail = c.req.valid('query').vignette === '1';
    return c.redirect(await speakers.photoUrl(c.req.valid('param').id, { thumbnail }), 302);
  });
  return app;
}
