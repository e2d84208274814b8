import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Hub } from '../composition/hub.js';
import { PayloadTooLargeError, NotFoundError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { newId } from '../shared/ids.js';
import { problemResponse, toProblem } from './problem.js';
import { validationHook } from './validation.js';
import type { HubApp, HubEnv } from './env.js';
import { registerAuthRoutes } from '../auth/routes.js';
import { registerEventRoutes } from '../events/routes.js';
import { registerCalendarRoutes } from '../calendar/routes.js';
import { registerRegistrationRoutes } from '../registrations/routes.js';
import { registerPages } from '../pages/routes.js';
import { notFoundPage, wantsPage } from '../pages/not-found-page.js';
import { registerAdminRoutes } from '../admin/routes.js';
import { registerKitsCapability } from '../kits/register.js';
import { registerNewsletterRoutes } from '../newsletter/routes.js';
import { registerCampaignRoutes } from '../campaigns/routes.js';
import { registerCampaignTrackingRoutes } from '../campaigns/campaign-tracking-routes.js';
import { registerArchiveRoutes } from '../newsletter/archive-routes.js';
import { registerRgpdRoutes } from '../rgpd/routes.js';
import { registerTopicRoutes } from '../newsletter/topic-routes.js';
import { registerCampaignPages } from '../campaigns/pages/page-routes.js';

export interface AppOptions {
  /** Routes only the local hub has (mailbox…); Lambda never passes any. */
  extend?: (app: HubApp) => void;
}

/** The one Hono app, served by @hono/node-server locally and by hono/aws-lambda in Lambda. */
export function createApp(hub: Hub, options: AppOptions = {}): HubApp {
  const app = new OpenAPIHono<HubEnv>({ defaultHook: validationHook });

  app.use(async (c, next) => {
    c.set('requestId', c.req.header('x-request-id') ?? newId());
    await next();
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // Kit covers and uploads go to presigned URLs on the object store's origin.
        imgSrc: ["'self'", 'data:', hub.blobs.publicOrigin],
        connectSrc: ["'self'", hub.blobs.publicOrigin],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
      // A route that sets its own header keeps it (the campaign web version's stricter policy).
      overwrite: false,
    }),
  );
  app.use(
    bodyLimit({
      maxSize: hub.config.HUB_MAX_BODY_BYTES,
      onError: () => {
        throw new PayloadTooLargeError();
      },
    }),
  );

  app.get('/health', (c) => c.json({ status: 'ok' }));

  registerAuthRoutes(app, hub);
  registerEventRoutes(app, hub);
  registerCalendarRoutes(app, hub);
  registerRegistrationRoutes(app, hub);
  registerPages(app, hub);
  registerAdminRoutes(app, hub);
  registerKitsCapability(app, hub);
  registerNewsletterRoutes(app, hub);
  registerCampaignRoutes(app, hub);
  registerCampaignTrackingRoutes(app, hub);
  registerArchiveRoutes(app, hub);
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

  app.notFound((c) => (wantsPage(c) ? notFoundPage(c) : problemResponse(new NotFoundError().toProblem())));
  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem.status >= 500)
      logger.error('request failed', { error, path: c.req.path, requestId: c.get('requestId') });
    return problemResponse(problem);
  });
  return app;
}
