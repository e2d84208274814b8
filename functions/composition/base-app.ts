import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { HubConfig } from '../config/config.js';
import { PayloadTooLargeError, NotFoundError, TooManyRequestsError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { problemResponse, toProblem } from '../http/problem.js';
import { requestIdMiddleware } from '../http/request-id.js';
import { languageRouting, translatorOf } from '../http/language-routing.js';
import type { PublicApp } from '../http/env.js';
import { notFoundPage, wantsPage } from '../pages/not-found-page.js';

export interface BaseAppOptions {
  config: Pick<HubConfig, 'HUB_MAX_BODY_BYTES' | 'HUB_BASE_URL'>;
  /** Where kit covers, downloads and uploads live (presigned URLs): the pages' policy allows it. */
  objectStoreOrigin: string;
}

/**
 * What every Hono app of the hub shares, whatever routes it serves: the request id, the security headers, the
 * body limit, /health, the French 404 (page or problem+json) and the mapping of errors to problem+json. The app
 * comes in empty: a plain Hono for the public function, an OpenAPIHono for the full app.
 */
export function setUpBaseApp<A extends PublicApp>(app: A, { config, objectStoreOrigin }: BaseAppOptions): A {
  app.use(languageRouting(app));
  app.use(requestIdMiddleware());
  app.use(async (c, next) => {
    c.set('baseUrl', config.HUB_BASE_URL);
    await next();
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // Kit covers and uploads go to presigned URLs on the object store's origin.
        imgSrc: ["'self'", 'data:', objectStoreOrigin],
        connectSrc: ["'self'", objectStoreOrigin],
        // Replay videos play from presigned URLs on the same origin.
        mediaSrc: ["'self'", objectStoreOrigin],
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
      maxSize: config.HUB_MAX_BODY_BYTES,
      onError: (c) => {
        const response = problemResponse(new PayloadTooLargeError().toProblem(), translatorOf(c));
        // The unread rest of the body would otherwise be taken for the next request on a keep-alive connection.
        response.headers.set('Connection', 'close');
        return response;
      },
    }),
  );

  app.get('/health', (c) => c.json({ status: 'ok' }));

  app.notFound((c) =>
    wantsPage(c) ? notFoundPage(c) : problemResponse(new NotFoundError().toProblem(), translatorOf(c)),
  );
  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem.status >= 500)
      logger.error('request failed', { error, path: c.req.path, requestId: c.get('requestId') });
    const response = problemResponse(problem, translatorOf(c));
    // A limit a service counts (not a middleware's) says when to come back too.
    if (error instanceof TooManyRequestsError)
      response.headers.set('Retry-After', String(error.retryAfterSeconds));
    return response;
  });
  return app;
}
