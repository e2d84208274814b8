import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { staffSecurity } from '../auth/openapi-security.js';
import { erasureSummarySchema, personParams } from './schemas.js';
import { problem } from '../http/openapi-responses.js';
import { personPages, type PersonPagesDeps } from './pages/routes.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { mountRoutes } from '../http/register-route.js';

const tags = ['Équipe — données personnelles'];

const exportRoute = createRoute({
  method: 'get',
  path: '/api/admin/people/{email}/export',
  tags,
  security: staffSecurity,
  summary: 'Exporter (JSON) tout ce que le hub conserve sur une adresse',
  description:
    'Abonnement à la lettre (statut, thèmes, preuve du consentement, mesure d’audience, dates), inscriptions aux événements, campagnes envoyées, blocage, adhésion partenaire, connexions, téléchargements de kits. `{email}` est encodé dans l’URL.',
  request: { params: personParams },
  responses: {
    200: {
      description: 'Export en pièce jointe.',
      content: { 'application/json': { schema: z.object({}).passthrough() } },
    },
    400: problem('Adresse invalide.'),
    401: problem('Session d’équipe requise.'),
  },
});

const eraseRoute = createRoute({
  method: 'delete',
  path: '/api/admin/people/{email}',
  tags,
  security: staffSecurity,
  summary: 'Effacer les données d’une adresse (droit à l’effacement)',
  description:
    'Supprime ou anonymise tout ce qui concerne l’adresse ; une inscription à un événement à venir est d’abord annulée (la liste d’attente avance). Seul un blocage (rebond permanent, plainte) est conservé, sous une empreinte de l’adresse. Rejouer la requête termine un effacement interrompu.',
  request: { params: personParams },
  responses: {
    200: {
      description: 'Ce qui a été effacé.',
      content: { 'application/json': { schema: erasureSummarySchema } },
    },
    400: problem('Adresse invalide.'),
    401: problem('Session d’équipe requise.'),
  },
});

/** RGPD: staff export and erase one person (the staff guard covers /api/admin/* and /admin/*). */
export function rgpdRoutes(deps: PersonPagesDeps): HubApp {
  const app = staffSubApp();
  app.openapi(exportRoute, async (c) => {
    const data = await deps.personData.export(c.req.valid('param').email);
    c.header(
      'Content-Disposition',
      `attachment; filename="donnees-personnelles-${data.exportedAt.slice(0, 10)}.json"`,
    );
    c.header('Cache-Control', 'no-store');
    return c.json(data, 200);
  });

  app.openapi(eraseRoute, async (c) => {
    const summary = await deps.personData.erase(c.req.valid('param').email);
    return c.json(summary, 200);
  });

  mountRoutes(app, personPages(deps));
  return app;
}
