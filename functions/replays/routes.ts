import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { parseOrThrow } from '../http/validation.js';
import { optionalJson } from '../http/optional-json.js';
import type { ReplayAdminService } from './replay-admin-service.js';
import type { ReplayWithFiles } from './replay-service.js';
import type { ReplayFile } from './replay.js';
import {
  ConfirmReplayUploadBodySchema,
  CreateReplayBodySchema,
  EventParamsSchema,
  ReplayFileParamsSchema,
  ReplayFileSchema,
  ReplayParamsSchema,
  ReplaySchema,
  ReplayUploadBodySchema,
  ReplayUploadTicketSchema,
  ReplayViewSchema,
} from './schemas.js';
import { replayViewsCsv } from './views-csv.js';

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const tags = ['Équipe — replays'];
const staffOnly = { 401: problem('Session d’équipe requise.') };
const notFound = { 404: problem('Événement, replay ou fichier inconnu.') };
const invalid = {
  400: problem('Données invalides, ou fichier refusé (son contenu n’est pas du type annoncé).'),
};
const conflict = { 409: problem('État incompatible.') };

const route = <P extends string>(method: 'get' | 'post', path: P, summary: string) =>
  ({ method, path, tags, summary }) as const;

const routes = {
  create: createRoute({
    ...route('post', '/api/admin/events/{id}/replays', 'Ajouter un replay à un événement'),
    request: { params: EventParamsSchema, body: { content: json(CreateReplayBodySchema), required: true } },
    responses: {
      201: { content: json(z.object({ id: z.string() })), description: 'Replay créé (brouillon).' },
      ...invalid,
      ...staffOnly,
      ...notFound,
    },
  }),
  list: createRoute({
    ...route('get', '/api/admin/events/{id}/replays', 'Les replays d’un événement et leurs fichiers'),
    request: { params: EventParamsSchema },
    responses: {
      200: { content: json(z.object({ items: z.array(ReplaySchema) })), description: 'Replays.' },
      ...staffOnly,
      ...notFound,
    },
  }),
  requestUpload: createRoute({
    ...route(
      'post',
      '/api/admin/events/{id}/replays/{replayId}/files',
      'Annoncer un fichier (vidéo, sous-titres, diapositives) et obtenir son URL d’envoi',
    ),
    request: { params: ReplayParamsSchema, body: { content: json(ReplayUploadBodySchema), required: true } },
    responses: {
      201: {
        content: json(ReplayUploadTicketSchema),
        description: 'Envoyez les octets par PUT à uploadUrl (ou partie par partie), puis confirmez.',
      },
      ...invalid,
      ...staffOnly,
      ...notFound,
    },
  }),
  confirmUpload: createRoute({
    ...route(
      'post',
      '/api/admin/events/{id}/replays/{replayId}/files/{fileId}/complete',
      'Confirmer un envoi (taille, type et signature du contenu vérifiés)',
    ),
    request: { params: ReplayFileParamsSchema },
    description:
      'Corps facultatif, pour un envoi en plusieurs parties : `{ "uploadId", "parts": [{ "partNumber", "etag" }] }`. ' +
      'Un contenu qui n’est pas du type annoncé (MP4 ou WebM, WebVTT, PDF) est supprimé : 400.',
    responses: {
      200: { content: json(ReplayFileSchema), description: 'Fichier prêt.' },
      ...invalid,
      ...staffOnly,
      ...notFound,
      ...conflict,
    },
  }),
  publish: createRoute({
    ...route(
      'post',
      '/api/admin/events/{id}/replays/publish',
      'Publier les replays et envoyer à chaque inscrit son lien personnel (une fois)',
    ),
    request: { params: EventParamsSchema },
    responses: {
      200: {
        content: json(z.object({ published: z.number(), mailed: z.number() })),
        description: 'Publiés ; `mailed` : liens envoyés par cet appel.',
      },
      ...staffOnly,
      ...notFound,
      ...conflict,
    },
  }),
  views: createRoute({
    ...route(
      'get',
      '/api/admin/events/{id}/replays/views',
      'Journal des visionnages (page, vidéo, diapositives)',
    ),
    request: { params: EventParamsSchema },
    responses: {
      200: { content: json(z.object({ items: z.array(ReplayViewSchema) })), description: 'Journal.' },
      ...staffOnly,
      ...notFound,
    },
  }),
  viewsCsv: createRoute({
    ...route('get', '/api/admin/events/{id}/replays/views.csv', 'Journal des visionnages (CSV)'),
    request: { params: EventParamsSchema },
    responses: {
      200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV (UTF-8 avec BOM, « ; »).' },
      ...staffOnly,
      ...notFound,
    },
  }),
};

export interface ReplayRoutesDeps {
  replays: ReplayAdminService;
}

export function fileView(file: ReplayFile) {
  return {
    id: file.id,
    kind: file.kind,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    status: file.status,
    ...(file.uploadedAt ? { uploadedAt: file.uploadedAt } : {}),
  };
}

function replayView(entry: ReplayWithFiles & { pending: ReplayFile[] }) {
  const { eventId: _eventId, ...replay } = entry.replay;
  const files = [entry.video, entry.captions, ...entry.slides, ...entry.pending].filter(
    (file): file is ReplayFile => file !== undefined,
  );
  return { ...replay, files: files.map(fileView), missingCaptions: Boolean(entry.video && !entry.captions) };
}

/** The staff's replay API: create, upload, publish, and the audit of views. */
export function replayRoutes(deps: ReplayRoutesDeps): HubApp {
  const app = staffSubApp();

  app.openapi(routes.create, async (c) => {
    const replay = await deps.replays.createReplay(c.req.valid('param').id, c.req.valid('json'));
    return c.json({ id: replay.id }, 201);
  });

  app.openapi(routes.list, async (c) => {
    const { replays } = await deps.replays.listReplays(c.req.valid('param').id);
    return c.json({ items: replays.map(replayView) }, 200);
  });

  app.openapi(routes.requestUpload, async (c) => {
    const { id, replayId } = c.req.valid('param');
    return c.json(await deps.replays.requestUpload(id, replayId, c.req.valid('json')), 201);
  });

  app.openapi(routes.confirmUpload, async (c) => {
    const { id, replayId, fileId } = c.req.valid('param');
    const body = parseOrThrow(ConfirmReplayUploadBodySchema, await optionalJson(c.req.raw));
    const multipart =
      body.uploadId && body.parts ? { uploadId: body.uploadId, parts: body.parts } : undefined;
    return c.json(fileView(await deps.replays.confirmUpload(id, replayId, fileId, multipart)), 200);
  });

  app.openapi(routes.publish, async (c) => c.json(await deps.replays.publish(c.req.valid('param').id), 200));

  app.openapi(routes.views, async (c) => {
    const { views } = await deps.replays.views(c.req.valid('param').id);
    return c.json({ items: views.map(({ eventId: _e, registrationId: _r, ...view }) => view) }, 200, {
      'cache-control': 'no-store',
    });
  });

  app.openapi(routes.viewsCsv, async (c) => {
    const { id } = c.req.valid('param');
    const [{ event, views }, { replays }] = await Promise.all([
      deps.replays.views(id),
      deps.replays.listReplays(id),
    ]);
    const files = replays.flatMap((entry) => [
      entry.video,
      entry.captions,
      ...entry.slides,
      ...entry.pending,
    ]);
    const csv = replayViewsCsv(
      views,
      replays.map((entry) => entry.replay),
      files.filter((file): file is ReplayFile => file !== undefined),
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="replays-${event.slug}.csv"`,
      'cache-control': 'no-store',
    });
  });
  return app;
}
