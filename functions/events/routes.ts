import { createRoute } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { componentRef } from '../http/route-docs.js';
import { AdminEventListSchema, AdminEventSchema } from './admin-event-schemas.js';
import {
  CreateEventBodySchema,
  CreatedEventSchema,
  EventIdParamsSchema,
  PatchEventBodySchema,
  ShareImageParamsSchema,
  ShareImageTicketSchema,
  ShareImageUploadBodySchema,
} from './schemas.js';
import { toAdminView } from './event-views.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import type { Clock } from '../shared/clock.js';
import type { EventAdminService } from './event-admin-service.js';
import type { EventShareImageService } from './share-image-service.js';
import { publicSubApp } from '../http/sub-app.js';
import type { PublicApp } from '../http/env.js';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './share-image-rules.js';

const refusals = {
  400: problem('Données invalides (messages par champ).'),
  401: problem('Session d’équipe requise.'),
};

const adminTag = ['Équipe — événements'];
// Documented by reference: they extend the public view, declared with zod/mini (see admin-event-schemas.ts).
const adminEvent = componentRef(AdminEventSchema);
const adminEventList = componentRef(AdminEventListSchema);

const createEvent = createRoute({
  method: 'post',
  path: '/api/admin/events',
  tags: adminTag,
  summary: 'Créer un événement (brouillon)',
  request: { body: { content: { 'application/json': { schema: CreateEventBodySchema } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: CreatedEventSchema } }, description: 'Brouillon créé.' },
    ...refusals,
  },
});

const listAdminEvents = createRoute({
  method: 'get',
  path: '/api/admin/events',
  tags: adminTag,
  summary: 'Tous les événements, du plus proche au plus lointain',
  responses: {
    200: { content: { 'application/json': { schema: adminEventList } }, description: 'Événements.' },
    401: refusals[401],
  },
});

const getAdminEvent = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}',
  tags: adminTag,
  summary: 'Un événement, avec ses compteurs et son lien de connexion',
  request: { params: EventIdParamsSchema },
  responses: {
    200: { content: { 'application/json': { schema: adminEvent } }, description: 'Événement.' },
    401: refusals[401],
    404: problem('Événement inconnu.'),
  },
});

const patchEvent = createRoute({
  method: 'patch',
  path: '/api/admin/events/{id}',
  tags: adminTag,
  summary: 'Modifier un événement (null retire un champ facultatif)',
  description:
    'Un changement de date ou de lieu incrémente la séquence iCalendar et, si l’événement est publié, envoie l’invitation mise à jour à chaque inscrit confirmé.',
  request: {
    params: EventIdParamsSchema,
    body: { content: { 'application/json': { schema: PatchEventBodySchema } }, required: true },
  },
  responses: {
    200: { content: { 'application/json': { schema: adminEvent } }, description: 'Événement modifié.' },
    ...refusals,
    404: problem('Événement inconnu.'),
    409: problem('Événement annulé, ou capacité inférieure aux inscrits.'),
  },
});

const requestShareImageUpload = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/share-image',
  tags: adminTag,
  summary: 'Annoncer l’image de partage de l’événement et obtenir son URL d’envoi (PUT présigné)',
  description: `Une image PNG ou JPEG de ${SHARE_IMAGE_WIDTH} × ${SHARE_IMAGE_HEIGHT} pixels, vérifiée à la confirmation.`,
  request: {
    params: EventIdParamsSchema,
    body: { content: { 'application/json': { schema: ShareImageUploadBodySchema } }, required: true },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: ShareImageTicketSchema } },
      description: 'Envoyez les octets par PUT à uploadUrl, puis confirmez.',
    },
    ...refusals,
    404: problem('Événement inconnu.'),
    409: problem('Événement annulé.'),
  },
});

const confirmShareImageUpload = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/share-image/{imageId}/complete',
  tags: adminTag,
  summary: 'Confirmer l’envoi de l’image de partage',
  description: `Refusée (et supprimée) si elle n’est pas une image PNG ou JPEG de ${SHARE_IMAGE_WIDTH} × ${SHARE_IMAGE_HEIGHT} pixels ; acceptée, elle remplace la précédente.`,
  request: { params: ShareImageParamsSchema },
  responses: {
    200: { content: { 'application/json': { schema: adminEvent } }, description: 'Image en place.' },
    ...refusals,
    404: problem('Événement ou envoi inconnu.'),
    409: problem('Image pas encore reçue, ou événement annulé.'),
  },
});

const removeShareImage = createRoute({
  method: 'delete',
  path: '/api/admin/events/{id}/share-image',
  tags: adminTag,
  summary: 'Retirer l’image de partage (les pages reprennent celle du hub)',
  request: { params: EventIdParamsSchema },
  responses: {
    200: { content: { 'application/json': { schema: adminEvent } }, description: 'Image retirée.' },
    401: refusals[401],
    404: problem('Événement inconnu.'),
    409: problem('Événement annulé.'),
  },
});

function statusRoute(action: 'publish' | 'cancel', summary: string) {
  return createRoute({
    method: 'post',
    path: `/api/admin/events/{id}/${action}`,
    tags: adminTag,
    summary,
    request: { params: EventIdParamsSchema },
    responses: {
      200: { content: { 'application/json': { schema: adminEvent } }, description: 'Nouveau statut.' },
      401: refusals[401],
      404: problem('Événement inconnu.'),
      409: problem('Transition de statut impossible.'),
    },
  });
}

export interface StaffEventDeps {
  events: EventAdminService;
  shareImages: EventShareImageService;
  clock: Clock;
  /** Where the event pages live: the views link to them. */
  baseUrl: string;
}

/** The staff API of events, behind the staff session (see auth/routes.tsx). */
export function staffEventRoutes(deps: StaffEventDeps): HubApp {
  const app = staffSubApp();
  const admin = (event: Parameters<typeof toAdminView>[0]) =>
    toAdminView(event, deps.clock.now(), deps.baseUrl);

  app.openapi(createEvent, async (c) => {
    const event = await deps.events.create(c.req.valid('json'));
    return c.json({ id: event.id, slug: event.slug, status: 'draft' as const }, 201);
  });

  app.openapi(listAdminEvents, async (c) => {
    const events = await deps.events.listAll();
    return c.json({ items: events.map(admin) }, 200);
  });

  app.openapi(getAdminEvent, async (c) => c.json(admin(await deps.events.get(c.req.valid('param').id)), 200));

  app.openapi(patchEvent, async (c) => {
    const event = await deps.events.patch(c.req.valid('param').id, c.req.valid('json'));
    return c.json(admin(event), 200);
  });

  app.openapi(statusRoute('publish', 'Publier un brouillon'), async (c) =>
    c.json(admin(await deps.events.publish(c.req.valid('param').id)), 200),
  );

  app.openapi(
    statusRoute('cancel', 'Annuler un événement (les inscrits reçoivent une annulation)'),
    async (c) => c.json(admin(await deps.events.cancel(c.req.valid('param').id)), 200),
  );

  app.openapi(requestShareImageUpload, async (c) =>
    c.json(await deps.shareImages.startUpload(c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(confirmShareImageUpload, async (c) => {
    const { id, imageId } = c.req.valid('param');
    return c.json(admin(await deps.shareImages.confirmUpload(id, imageId)), 200);
  });

  app.openapi(removeShareImage, async (c) =>
    c.json(admin(await deps.shareImages.remove(c.req.valid('param').id)), 200),
  );
  return app;
}

/**
 * An event's own share image, at the path its page names. Served by the full function, as the default image is:
 * link previews fetch it rarely, and the public function's bundle carries no object store client.
 */
export function eventShareImageRoute(deps: { shareImages: EventShareImageService }): PublicApp {
  const app = publicSubApp();
  app.get('/evenements/:slug/image-partage/:file', async (c) => {
    const { image, bytes } = await deps.shareImages.publicImage(c.req.param('slug'), c.req.param('file'));
    return c.body(Uint8Array.from(bytes), 200, {
      'Content-Type': image.contentType,
      // A new image gets a new path: this one never changes.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}
