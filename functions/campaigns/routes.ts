import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { campaignView } from './campaign-view.js';
import {
  campaignBodySchema,
  campaignParams,
  campaignViewSchema,
  sendBodySchema,
  testBodySchema,
} from './schemas.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import type { CampaignService } from './campaign-service.js';

const tags = ['Équipe — campagnes'];
const jsonBody = <T extends z.ZodType>(schema: T, required = true) => ({
  body: { required, content: { 'application/json': { schema } } },
});
const ok = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const idSchema = z.object({ id: z.string() });
const statusSchema = z.object({ id: z.string(), status: z.string() });
const common = { 401: problem('Session d’équipe requise.'), 404: problem('Campagne inconnue.') };

const routes = {
  create: createRoute({
    method: 'post',
    path: '/api/admin/campaigns',
    tags,
    summary: 'Créer une campagne (brouillon) ; le MJML est compilé une fois, ici',
    request: jsonBody(campaignBodySchema),
    responses: {
      201: ok('Brouillon créé.', idSchema),
      400: problem('Données ou MJML invalides.'),
      401: common[401],
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/api/admin/campaigns',
    tags,
    summary: 'Les campagnes, des plus récentes aux plus anciennes',
    responses: { 200: ok('Campagnes.', z.object({ items: z.array(campaignViewSchema) })), 401: common[401] },
  }),
  get: createRoute({
    method: 'get',
    path: '/api/admin/campaigns/{id}',
    tags,
    summary: 'Une campagne, son statut et ses statistiques en direct',
    request: { params: campaignParams },
    responses: { 200: ok('Campagne.', campaignViewSchema), ...common },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/admin/campaigns/{id}',
    tags,
    summary: 'Modifier un brouillon',
    request: { params: campaignParams, ...jsonBody(campaignBodySchema) },
    responses: {
      200: ok('Brouillon modifié.', campaignViewSchema),
      400: problem('Données invalides.'),
      409: problem('Plus un brouillon.'),
      ...common,
    },
  }),
  preview: createRoute({
    method: 'get',
    path: '/api/admin/campaigns/{id}/preview',
    tags,
    summary: 'Aperçu HTML et texte (personnalisation d’exemple)',
    request: { params: campaignParams },
    responses: { 200: ok('Aperçu.', z.object({ html: z.string(), text: z.string() })), ...common },
  }),
  test: createRoute({
    method: 'post',
    path: '/api/admin/campaigns/{id}/test',
    tags,
    summary: 'Envoi de test, aux adresses de l’équipe seulement',
    request: { params: campaignParams, ...jsonBody(testBodySchema) },
    responses: {
      202: ok('Envoyé.', z.object({ sent: z.number() })),
      400: problem('Adresse hors équipe.'),
      ...common,
    },
  }),
  send: createRoute({
    method: 'post',
    path: '/api/admin/campaigns/{id}/send',
    tags,
    summary: 'Envoyer maintenant, ou à la date `at` (programmée)',
    request: { params: campaignParams, ...jsonBody(sendBodySchema, false) },
    responses: {
      202: ok('Envoi lancé ou programmé.', statusSchema),
      409: problem('Déjà envoyée ou annulée.'),
      ...common,
    },
  }),
  cancel: createRoute({
    method: 'post',
    path: '/api/admin/campaigns/{id}/cancel',
    tags,
    summary: 'Annuler (brouillon, programmée, en cours ou en pause)',
    request: { params: campaignParams },
    responses: { 200: ok('Annulée.', statusSchema), 409: problem('Déjà terminée.'), ...common },
  }),
  resume: createRoute({
    method: 'post',
    path: '/api/admin/campaigns/{id}/resume',
    tags,
    summary: 'Reprendre une campagne en pause (sans doublon)',
    request: { params: campaignParams },
    responses: { 202: ok('Reprise.', statusSchema), 400: problem('Pas en pause.'), ...common },
  }),
  duplicate: createRoute({
    method: 'post',
    path: '/api/admin/campaigns/{id}/duplicate',
    tags,
    summary: 'Dupliquer en un nouveau brouillon',
    request: { params: campaignParams },
    responses: { 201: ok('Copie créée.', idSchema), ...common },
  }),
};

/** The staff campaign API; the staff guard on /api/admin/* is already in place. */
export function campaignRoutes(deps: { campaigns: CampaignService }): HubApp {
  const app = staffSubApp();
  const { campaigns } = deps;
  const staff = (c: { get(key: 'user'): { email: string } | undefined }) => c.get('user')?.email ?? 'equipe';

  app.openapi(routes.create, async (c) => {
    const campaign = await campaigns.create(c.req.valid('json'), staff(c));
    return c.json({ id: campaign.id }, 201);
  });
  app.openapi(routes.list, async (c) => c.json({ items: (await campaigns.list()).map(campaignView) }, 200));
  app.openapi(routes.get, async (c) =>
    c.json(campaignView(await campaigns.get(c.req.valid('param').id)), 200),
  );
  app.openapi(routes.update, async (c) =>
    c.json(campaignView(await campaigns.update(c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  app.openapi(routes.preview, async (c) => c.json(await campaigns.preview(c.req.valid('param').id), 200));
  app.openapi(routes.test, async (c) => {
    const { to } = c.req.valid('json');
    await campaigns.testSend(c.req.valid('param').id, to);
    return c.json({ sent: to.length }, 202);
  });
  app.openapi(routes.send, async (c) => {
    const body = (c.req.valid('json') as { at?: string } | undefined) ?? {};
    const campaign = await campaigns.send(c.req.valid('param').id, body.at);
    return c.json({ id: campaign.id, status: campaign.status }, 202);
  });
  app.openapi(routes.cancel, async (c) => {
    const campaign = await campaigns.cancel(c.req.valid('param').id);
    return c.json({ id: campaign.id, status: campaign.status }, 200);
  });
  app.openapi(routes.resume, async (c) => {
    const campaign = await campaigns.resume(c.req.valid('param').id);
    return c.json({ id: campaign.id, status: campaign.status }, 202);
  });
  app.openapi(routes.duplicate, async (c) => {
    const campaign = await campaigns.duplicate(c.req.valid('param').id, staff(c));
    return c.json({ id: campaign.id }, 201);
  });
  return app;
}
