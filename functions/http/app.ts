import type { Hub } from '../composition/hub.js';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { HubApp, HubEnv } from './env.js';
import { setUpBaseApp } from './base-app.js';
import { validationHook } from './validation.js';
import { declaredRoutes } from './register-route.js';
import { documentRoutes } from './route-docs.js';
import { PUBLIC_ROUTE_DOCS } from './public-route-docs.js';
import { registerPublicRoutes } from './public-app.js';
import { registerAuthRoutes } from '../auth/routes.js';
import { registerStaffEventRoutes } from '../events/staff-routes.js';
import { registerCalendarRoutes } from '../calendar/routes.js';
import { registerStaffRegistrationRoutes } from '../registrations/staff-routes.js';
import { registerAdminRoutes } from '../admin/routes.js';
import { registerKitsCapability } from '../kits/register.js';
import { registerCampaignRoutes } from '../campaigns/routes.js';
import { registerRgpdRoutes } from '../rgpd/routes.js';
import { registerTopicRoutes } from '../newsletter/topic-routes.js';
import { registerCampaignPages } from '../campaigns/pages/page-routes.js';

export interface AppOptions {
  /** Routes only the local hub has (mailbox…); Lambda never passes any. */
  extend?: (app: HubApp) => void;
}

/**
 * The whole hub in one Hono app: the public routes, then the staff and partner ones behind the auth guards.
 * Served by @hono/node-server locally and by hono/aws-lambda in the staff function.
 */
export function createApp(hub: Hub, options: AppOptions = {}): HubApp {
  const app = setUpBaseApp(new OpenAPIHono<HubEnv>({ defaultHook: validationHook }), {
    config: hub.config,
    objectStoreOrigin: hub.blobs.publicOrigin,
  });

  registerPublicRoutes(app, hub);
  // The public routes are declared with zod/mini (functions/http/route-spec.ts), which the registry cannot read;
  // their documentation lives apart so that the public function does not carry it.
  documentRoutes(app.openAPIRegistry, declaredRoutes(app), PUBLIC_ROUTE_DOCS);
  // The auth guards (`/admin/*`, `/api/admin/*`) come before every staff route.
  registerAuthRoutes(app, hub);
  registerStaffEventRoutes(app, hub);
  registerCalendarRoutes(app, hub);
  registerStaffRegistrationRoutes(app, hub);
  registerAdminRoutes(app, hub);
  registerKitsCapability(app, hub);
  registerCampaignRoutes(app, hub);
  registerRgpdRoutes(app, hub);
  registerTopicRoutes(app, hub);
  registerCampaignPages(app, hub);
  options.extend?.(app);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'filiere-hub',
      version: '0.1.0',
      description:
        'API du hub de communication et d’événements de la filière aimants et terres rares (AURA).',
    },
  });
  return app;
}
