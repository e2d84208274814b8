import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import {
  AdminKitSchema,
  AssetParamsSchema,
  ConfirmUploadBodySchema,
  CreateKitBodySchema,
  CreateVersionBodySchema,
  DownloadStatsSchema,
  KitIdParamsSchema,
  PublicKitSchema,
  PublicKitSummarySchema,
  ShareLinkBodySchema,
  ShareLinkParamsSchema,
  ShareLinkSchema,
  ShareQuerySchema,
  SlugAssetParamsSchema,
  SlugParamsSchema,
  UploadRequestBodySchema,
  UploadTicketSchema,
  VersionParamsSchema,
  VersionSchema,
  AssetSchema,
} from './schemas.js';
import { assetView, downloadStats, summaryView, versionView } from './kit-views.js';
import { downloadsCsv } from './downloads-csv.js';
import { viewerOf, type ViewerDeps } from './viewer.js';
import { parseOrThrow } from '../http/validation.js';
import { optionalJson } from '../http/optional-json.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { staffAuthor } from '../auth/staff-author.js';
import type { PartnerService } from '../partners/partner-service.js';
import type { KitService } from './kit-service.js';
import type { ShareLinkService } from './share-link-service.js';

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const adminTags = ['Équipe — kits de communication'];
const publicTags = ['Kits de communication'];
const staffOnly = { 401: problem('Session d’équipe requise.') };
const notFound = { 404: problem('Inconnu, ou hors de portée de l’appelant.') };
const invalid = { 400: problem('Données invalides.') };
const conflict = { 409: problem('État incompatible (version publiée…).') };
const redirect = { 302: { description: 'Redirection vers une URL présignée (valable 5 minutes).' } };

const adminRoute = <P extends string>(method: 'get' | 'post' | 'delete', path: P, summary: string) =>
  ({ method, path, tags: adminTags, summary }) as const;

const routes = {
  createKit: createRoute({
    ...adminRoute('post', '/api/admin/kits', 'Créer un kit'),
    request: { body: { content: json(CreateKitBodySchema), required: true } },
    responses: {
      201: { content: json(z.object({ id: z.string(), slug: z.string() })), description: 'Kit créé.' },
      ...invalid,
      ...staffOnly,
    },
  }),
  listKits: createRoute({
    ...adminRoute('get', '/api/admin/kits', 'Tous les kits'),
    responses: {
      200: {
        content: json(z.object({ items: z.array(AdminKitSchema.omit({ versions: true })) })),
        description: 'Kits.',
      },
      ...staffOnly,
    },
  }),
  getKit: createRoute({
    ...adminRoute('get', '/api/admin/kits/{id}', 'Un kit, toutes ses versions et leurs fichiers'),
    request: { params: KitIdParamsSchema },
    responses: { 200: { content: json(AdminKitSchema), description: 'Kit.' }, ...staffOnly, ...notFound },
  }),
  createVersion: createRoute({
    ...adminRoute(
      'post',
      '/api/admin/kits/{id}/versions',
      'Préparer une nouvelle version (reprend les fichiers de la version courante)',
    ),
    request: { params: KitIdParamsSchema },
    description: 'Corps facultatif : `{ "notes": "ce qui a changé" }`.',
    responses: {
      201: { content: json(z.object({ version: z.number() })), description: 'Brouillon créé.' },
      ...invalid,
      ...staffOnly,
      ...notFound,
      ...conflict,
    },
  }),
  requestUpload: createRoute({
    ...adminRoute(
      'post',
      '/api/admin/kits/{id}/versions/{version}/assets',
      'Annoncer un fichier et obtenir son URL d’envoi (PUT présigné)',
    ),
    request: {
      params: VersionParamsSchema,
      body: { content: json(UploadRequestBodySchema), required: true },
    },
    responses: {
      201: {
        content: json(UploadTicketSchema),
        description: 'Envoyez les octets par PUT à uploadUrl, puis confirmez.',
      },
      ...invalid,
      ...staffOnly,
      ...notFound,
      ...conflict,
    },
  }),
  confirmUpload: createRoute({
    ...adminRoute(
      'post',
      '/api/admin/kits/{id}/versions/{version}/assets/{assetId}/complete',
      'Confirmer un envoi (taille vérifiée, SHA-256 enregistré)',
    ),
    request: { params: AssetParamsSchema },
    description:
      'Corps facultatif, pour un envoi en plusieurs parties : `{ "uploadId", "parts": [{ "partNumber", "etag" }] }`.',
    responses: {
      200: { content: json(AssetSchema), description: 'Fichier prêt.' },
      ...invalid,
      ...staffOnly,
      ...notFound,
      ...conflict,
    },
  }),
  removeAsset: createRoute({
    ...adminRoute(
      'delete',
      '/api/admin/kits/{id}/versions/{version}/assets/{assetId}',
      'Retirer un fichier d’un brouillon',
    ),
    request: { params: AssetParamsSchema },
    responses: { 204: { description: 'Retiré.' }, ...staffOnly, ...notFound, ...conflict },
  }),
  publish: createRoute({
    ...adminRoute(
      'post',
      '/api/admin/kits/{id}/versions/{version}/publish',
      'Publier une version (construit le ZIP, remplace la précédente)',
    ),
    request: { params: VersionParamsSchema },
    responses: {
      200: { content: json(VersionSchema), description: 'Publiée.' },
      ...staffOnly,
      ...notFound,
      ...conflict,
    },
  }),
  shareLink: createRoute({
    ...adminRoute(
      'post',
      '/api/admin/kits/{id}/share-links',
      'Créer un lien de partage qui expire (journalistes…)',
    ),
    request: { params: KitIdParamsSchema, body: { content: json(ShareLinkBodySchema), required: true } },
    responses: {
      201: { content: json(ShareLinkSchema), description: 'Lien créé (son id sert à le révoquer).' },
      ...invalid,
      ...staffOnly,
      ...notFound,
    },
  }),
  revokeShareLink: createRoute({
    ...adminRoute(
      'delete',
      '/api/admin/kits/{id}/share-links/{linkId}',
      'Révoquer un lien de partage avant son expiration',
    ),
    request: { params: ShareLinkParamsSchema },
    responses: {
      204: { description: 'Lien révoqué : il n’ouvre plus le kit. Révocation inscrite au journal du kit.' },
      ...staffOnly,
      404: problem('Kit ou lien de partage inconnu (ou déjà révoqué).'),
    },
  }),
  downloads: createRoute({
    ...adminRoute(
      'get',
      '/api/admin/kits/{id}/downloads',
      'Téléchargements : comptes par version et organisation, et détail',
    ),
    request: { params: KitIdParamsSchema },
    responses: {
      200: { content: json(DownloadStatsSchema), description: 'Statistiques.' },
      ...staffOnly,
      ...notFound,
    },
  }),
  downloadsCsv: createRoute({
    ...adminRoute(
      'get',
      '/api/admin/kits/{id}/downloads.csv',
      'Téléchargements par version et organisation (CSV)',
    ),
    request: { params: KitIdParamsSchema },
    responses: {
      200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV (UTF-8 avec BOM, « ; »).' },
      ...staffOnly,
      ...notFound,
    },
  }),
  staffAsset: createRoute({
    ...adminRoute(
      'get',
      '/api/admin/kits/{id}/versions/{version}/assets/{assetId}/download',
      'Télécharger un fichier de n’importe quelle version',
    ),
    request: { params: AssetParamsSchema },
    responses: { ...redirect, ...staffOnly, ...notFound },
  }),
  staffZip: createRoute({
    ...adminRoute(
      'get',
      '/api/admin/kits/{id}/versions/{version}/download.zip',
      'Télécharger le ZIP de n’importe quelle version publiée',
    ),
    request: { params: VersionParamsSchema },
    responses: { ...redirect, ...staffOnly, ...notFound },
  }),
  list: createRoute({
    method: 'get',
    path: '/api/kits',
    tags: publicTags,
    summary: 'Les kits que l’appelant peut voir (publics, et ceux ouverts à son organisation)',
    request: { query: ShareQuerySchema },
    responses: {
      200: { content: json(z.object({ items: z.array(PublicKitSummarySchema) })), description: 'Kits.' },
    },
  }),
  detail: createRoute({
    method: 'get',
    path: '/api/kits/{slug}',
    tags: publicTags,
    summary: 'La version courante d’un kit et ses fichiers',
    request: { params: SlugParamsSchema, query: ShareQuerySchema },
    responses: { 200: { content: json(PublicKitSchema), description: 'Kit.' }, ...notFound },
  }),
  asset: createRoute({
    method: 'get',
    path: '/api/kits/{slug}/assets/{assetId}/download',
    tags: publicTags,
    summary: 'Télécharger un fichier (redirection présignée ; le téléchargement est enregistré)',
    request: { params: SlugAssetParamsSchema, query: ShareQuerySchema },
    responses: { ...redirect, ...notFound },
  }),
  zip: createRoute({
    method: 'get',
    path: '/api/kits/{slug}/download.zip',
    tags: publicTags,
    summary: 'Télécharger tout le kit en ZIP (redirection présignée ; enregistré)',
    request: { params: SlugParamsSchema, query: ShareQuerySchema },
    responses: { ...redirect, ...notFound },
  }),
  preview: createRoute({
    method: 'get',
    path: '/api/kits/{slug}/assets/{assetId}/preview',
    tags: publicTags,
    summary: 'Aperçu d’une image (couverture ; non compté comme téléchargement)',
    request: { params: SlugAssetParamsSchema, query: ShareQuerySchema },
    responses: { ...redirect, ...notFound },
  }),
};

export interface KitRoutesDeps extends ViewerDeps {
  kits: KitService;
  shareLinks: ShareLinkService;
  partners: Pick<PartnerService, 'listOrganisations'>;
}

export function kitRoutes(deps: KitRoutesDeps): HubApp {
  const app = staffSubApp();
  const noStore = { 'cache-control': 'no-store' };

  app.openapi(routes.createKit, async (c) => {
    const kit = await deps.kits.createKit(c.req.valid('json'));
    return c.json({ id: kit.id, slug: kit.slug }, 201);
  });

  app.openapi(routes.listKits, async (c) => {
    const kits = await deps.kits.listKits();
    return c.json({ items: kits.map(({ latestVersion: _l, createdAt: _c, ...kit }) => kit) }, 200);
  });

  app.openapi(routes.getKit, async (c) => {
    const { id } = c.req.valid('param');
    const { latestVersion: _l, createdAt: _c, ...kit } = await deps.kits.getKit(id);
    const versions = await deps.kits.versionsWithAssets(id);
    return c.json(
      {
        ...kit,
        versions: versions.map(({ version, assets }) => ({
          ...versionView(version),
          assets: assets.map(assetView),
        })),
      },
      200,
    );
  });

  app.openapi(routes.createVersion, async (c) => {
    const body = parseOrThrow(CreateVersionBodySchema, await optionalJson(c.req.raw));
    const version = await deps.kits.createVersion(c.req.valid('param').id, body.notes);
    return c.json({ version: version.version }, 201);
  });

  app.openapi(routes.requestUpload, async (c) => {
    const { id, version } = c.req.valid('param');
    return c.json(await deps.kits.requestUpload(id, version, c.req.valid('json')), 201);
  });

  app.openapi(routes.confirmUpload, async (c) => {
    const { id, version, assetId } = c.req.valid('param');
    const body = parseOrThrow(ConfirmUploadBodySchema, await optionalJson(c.req.raw));
    const multipart =
      body.uploadId && body.parts ? { uploadId: body.uploadId, parts: body.parts } : undefined;
    return c.json(assetView(await deps.kits.confirmUpload(id, version, assetId, multipart)), 200);
  });

  app.openapi(routes.removeAsset, async (c) => {
    const { id, version, assetId } = c.req.valid('param');
    await deps.kits.removeAsset(id, version, assetId);
    return c.body(null, 204);
  });

  app.openapi(routes.publish, async (c) => {
    const { id, version } = c.req.valid('param');
    return c.json(versionView(await deps.kits.publish(id, version)), 200);
  });

  app.openapi(routes.shareLink, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await deps.shareLinks.create(id, c.req.valid('json').expiresInDays), 201);
  });

  app.openapi(routes.revokeShareLink, async (c) => {
    const { id, linkId } = c.req.valid('param');
    await deps.shareLinks.revoke(id, linkId, staffAuthor(c));
    return c.body(null, 204);
  });

  app.openapi(routes.downloads, async (c) => {
    const downloads = await deps.kits.downloads(c.req.valid('param').id);
    return c.json(downloadStats(downloads, await deps.partners.listOrganisations()), 200);
  });

  app.openapi(routes.downloadsCsv, async (c) => {
    const { id } = c.req.valid('param');
    const kit = await deps.kits.getKit(id);
    const csv = downloadsCsv(await deps.kits.downloads(id), await deps.partners.listOrganisations());
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="telechargements-${kit.slug}.csv"`,
    });
  });

  app.openapi(routes.staffAsset, async (c) => {
    const { id, version, assetId } = c.req.valid('param');
    return c.redirect(await deps.kits.staffDownloadUrl(id, version, assetId, await viewerOf(c, deps)), 302);
  });

  app.openapi(routes.staffZip, async (c) => {
    const { id, version } = c.req.valid('param');
    return c.redirect(await deps.kits.staffDownloadUrl(id, version, 'zip', await viewerOf(c, deps)), 302);
  });

  app.openapi(routes.list, async (c) => {
    const kits = await deps.kits.visibleKits(await viewerOf(c, deps));
    return c.json({ items: kits.map(summaryView) }, 200, noStore);
  });

  app.openapi(routes.detail, async (c) => {
    const { kit, version, assets } = await deps.kits.visibleKit(
      c.req.valid('param').slug,
      await viewerOf(c, deps),
    );
    return c.json(
      {
        ...summaryView(kit),
        ...(version.publishedAt ? { publishedAt: version.publishedAt } : {}),
        ...(version.notes ? { notes: version.notes } : {}),
        ...(version.zipSize !== undefined ? { zipSize: version.zipSize } : {}),
        assets: assets.map(assetView),
      },
      200,
      noStore,
    );
  });

  app.openapi(routes.asset, async (c) => {
    const { slug, assetId } = c.req.valid('param');
    const url = await deps.kits.assetDownloadUrl(slug, assetId, await viewerOf(c, deps));
    c.header('cache-control', 'no-store');
    return c.redirect(url, 302);
  });

  app.openapi(routes.zip, async (c) => {
    const url = await deps.kits.zipDownloadUrl(c.req.valid('param').slug, await viewerOf(c, deps));
    c.header('cache-control', 'no-store');
    return c.redirect(url, 302);
  });

  app.openapi(routes.preview, async (c) => {
    const { slug, assetId } = c.req.valid('param');
    const url = await deps.kits.previewUrl(slug, assetId, await viewerOf(c, deps));
    c.header('cache-control', 'private, max-age=240');
    return c.redirect(url, 302);
  });
  return app;
}
