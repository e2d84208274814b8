import type { PublicHub } from '../composition/public-hub.js';
import { kitObjectsOrigin } from '../blobs/public-origin.js';
import { Hono } from 'hono/tiny';
import { setUpBaseApp } from './base-app.js';
import type { HubEnv, PublicApp } from './env.js';
import { registerPublicEventRoutes } from '../events/public-routes.js';
import { registerPublicRegistrationRoutes } from '../registrations/public-routes.js';
import { registerPages } from '../pages/routes.js';
import { registerNewsletterRoutes } from '../newsletter/routes.js';
import { registerCampaignTrackingRoutes } from '../campaigns/campaign-tracking-routes.js';
import { registerArchiveRoutes } from '../newsletter/archive-routes.js';

/**
 * The routes anyone reaches without a session: the event pages and API, registering and cancelling, the
 * information pages, the newsletter (subscription, archive, links of campaign mails). The public function
 * serves only these; the full app serves them too, with the staff and partner routes.
 */
export function registerPublicRoutes(app: PublicApp, hub: PublicHub): void {
  registerPublicEventRoutes(app, hub);
  registerPublicRegistrationRoutes(app, hub);
  registerPages(app, hub);
  registerNewsletterRoutes(app, hub);
  registerCampaignTrackingRoutes(app, hub);
  registerArchiveRoutes(app, hub);
}

/** The public site and API alone (the public Lambda): any other path is a 404, as in the full app. */
export function createPublicApp(hub: PublicHub): PublicApp {
  // hono/tiny: the same Hono with PatternRouter, the smallest of its routers (~6 KB less than the default's
  // RegExpRouter + TrieRouter). A cold start registers ~30 routes and serves one request; the router that is
  // fastest once warmed buys nothing there.
  const app = setUpBaseApp(new Hono<HubEnv>(), {
    config: hub.config,
    objectStoreOrigin: kitObjectsOrigin(hub.config),
  });
  registerPublicRoutes(app, hub);
  return app;
}
