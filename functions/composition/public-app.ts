import { Hono } from 'hono/tiny';
import type { HubEnv, PublicApp } from '../http/env.js';
import { mountRoutes } from '../http/register-route.js';
import { kitObjectsOrigin } from '../blobs/public-origin.js';
import { publicEventRoutes } from '../events/public-routes.js';
import { publicRegistrationRoutes } from '../registrations/public-routes.js';
import { informationPages } from '../pages/routes.js';
import { newsletterRoutes } from '../newsletter/routes.js';
import { campaignTrackingRoutes } from '../campaigns/campaign-tracking-routes.js';
import { archiveRoutes } from '../newsletter/archive-routes.js';
import { setUpBaseApp } from './base-app.js';
import type { PublicHub } from './public-hub.js';

/**
 * The routes anyone reaches without a session: the event pages and API, registering and cancelling, the
 * information pages, the newsletter (subscription, archive, links of campaign mails). The public function
 * serves only these; the full app serves them too, with the staff and partner routes.
 */
export function publicRoutes(services: PublicHub): PublicApp[] {
  const { config, clock } = services;
  return [
    publicEventRoutes({ events: services.events, clock, baseUrl: config.HUB_BASE_URL }),
    publicRegistrationRoutes({ registrations: services.registrations, clock }),
    informationPages({
      contact: config.HUB_MAIL_FROM,
      retentionDays: config.HUB_RETENTION_DAYS,
      confirmDays: config.HUB_NEWSLETTER_CONFIRM_DAYS,
    }),
    newsletterRoutes({ newsletter: services.newsletter, newsletterLinks: services.newsletterLinks }),
    campaignTrackingRoutes({ tracking: services.campaignTrackingService }),
    archiveRoutes({ archive: services.archive }),
  ];
}

/** The public site and API alone (the public Lambda): any other path is a 404, as in the full app. */
export function createPublicApp(services: PublicHub): PublicApp {
  // hono/tiny: the same Hono with PatternRouter, the smallest of its routers (~6 KB less than the default's
  // RegExpRouter + TrieRouter). A cold start registers ~30 routes and serves one request; the router that is
  // fastest once warmed buys nothing there.
  const app = setUpBaseApp(new Hono<HubEnv>(), {
    config: services.config,
    objectStoreOrigin: kitObjectsOrigin(services.config),
  });
  for (const routes of publicRoutes(services)) mountRoutes(app, routes);
  return app;
}
