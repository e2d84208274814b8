import { Hono } from 'hono/tiny';
import { systemClock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { createMailOutbox } from '../outbox/mail-outbox.js';
import { DynamoMailOutbox } from '../outbox/dynamo-mail-outbox.js';
import type { HubEnv, PublicApp } from '../http/env.js';
import { mountRoutes } from '../http/register-route.js';
import { kitObjectsOrigin } from '../blobs/public-origin.js';
import { publicEventRoutes } from '../events/public-routes.js';
import { publicRegistrationRoutes } from '../registrations/public-routes.js';
import { publicProgrammeRoutes } from '../programme/public-routes.js';
import { informationPages } from '../pages/public-routes.js';
import { newsletterRoutes } from '../newsletter/public-routes.js';
import { campaignTrackingRoutes } from '../campaigns/public-routes.js';
import { archiveRoutes } from '../newsletter/pages/public-routes.js';
import { publicRateLimits } from '../limits/public-routes.js';
import { siteFileRoutes } from '../site/routes.js';
import { publicAttendanceRoutes } from '../attendance/public-routes.js';
import { publicReplayRoutes } from '../replays/public-routes.js';
import { setUpBaseApp } from './base-app.js';
import { buildPublicHub, type PublicConfig, type PublicHub } from './public-hub.js';

/**
 * The routes anyone reaches without a session: the event pages and API, registering and cancelling, the
 * information pages, the newsletter (subscription, archive, links of campaign mails), signing a training's
 * attendance sheet, robots.txt, the sitemap and
 * the icons. The public function
 * serves only these; the full app serves them too, with the staff and partner routes.
 */
export function publicRoutes(services: PublicHub): PublicApp[] {
  const { config, clock } = services;
  return [
    // First: a refused request is answered before any route reads, stores or mails anything.
    publicRateLimits({ limits: services.rateLimits, perMinute: config.HUB_RATE_LIMIT_PER_MINUTE }),
    publicEventRoutes({
      events: services.events,
      programme: services.programme,
      clock,
      baseUrl: config.HUB_BASE_URL,
    }),
    publicProgrammeRoutes({ programme: services.programme }),
    publicRegistrationRoutes({ registrations: services.registrations, programme: services.programme, clock }),
    publicReplayRoutes({ replays: services.replays, staffEmailOf: services.staffEmailOf }),
    informationPages({
      contact: config.HUB_MAIL_FROM,
      retentionDays: config.HUB_RETENTION_DAYS,
      confirmDays: config.HUB_NEWSLETTER_CONFIRM_DAYS,
    }),
    newsletterRoutes({ newsletter: services.newsletter, newsletterLinks: services.newsletterLinks }),
    campaignTrackingRoutes({ tracking: services.campaignTrackingService }),
    archiveRoutes({ archive: services.archive }),
    publicAttendanceRoutes({ signing: services.attendanceSigning }),
    siteFileRoutes({ events: services.events, baseUrl: config.HUB_BASE_URL }),
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

/**
 * What the public Lambda serves. Its mails are queued as items of the hub's table, whose stream feeds the mail
 * worker: this bundle carries no mail composition code, no SES client and no queue client, only the DynamoDB
 * client it has anyway.
 */
export function publicApp(config: PublicConfig): PublicApp {
  const dynamo = createDynamoClient(config);
  const outbox = new DynamoMailOutbox(dynamo, config.HUB_TABLE_NAME);
  const services = buildPublicHub(
    config,
    { dynamo },
    {
      clock: systemClock,
      signer: new LinkSigner(config.HUB_SIGNING_KEY),
      ...createMailOutbox(outbox),
      outboxItems: outbox,
    },
  );
  return createPublicApp(services);
}
