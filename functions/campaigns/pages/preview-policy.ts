import type { MiddlewareHandler } from 'hono';
import type { HubEnv } from '../../http/env.js';

/**
 * The console's pages show letters in `srcdoc` frames, which inherit the page's CSP: the images of a
 * letter live on other sites (https), so these pages allow https images and nothing else more than the
 * site's policy. The frames themselves are sandboxed without scripts.
 */
export const CONSOLE_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/** Sets the console's policy on its HTML pages; the app-wide headers keep a policy a route set. */
export const consolePolicy: MiddlewareHandler<HubEnv> = async (c, next) => {
  await next();
  if (c.res.headers.get('content-type')?.startsWith('text/html'))
    c.res.headers.set('Content-Security-Policy', CONSOLE_POLICY);
};
