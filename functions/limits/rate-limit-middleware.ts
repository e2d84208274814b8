import type { Context, MiddlewareHandler } from 'hono';
import { jsx } from 'hono/jsx/jsx-runtime';
import type { HubEnv } from '../http/env.js';
import { clientAddress, clientNetwork } from '../http/client-address.js';
import { problemResponse } from '../http/problem.js';
import { translatorOf } from '../http/language-routing.js';
import { MessagePage } from '../registrations/pages/message-page.js';
import { renderPage } from '../pages/render.js';
import { TooManyRequestsError } from '../shared/errors.js';
import type { RateRule } from './rate-limit-rules.js';
import type { RateLimitService } from './rate-limit-service.js';

export type RateLimits = Pick<RateLimitService, 'take'>;

/** Counts each request per client (never a forwarded header); beyond the rule's budget, a 429. */
export function limitPerClient(limits: RateLimits, rule: RateRule): MiddlewareHandler<HubEnv> {
  return limited(limits, rule, (c) => Promise.resolve(clientNetwork(clientAddress(c))));
}

/**
 * Counts each request per token it carries, whatever the client: a one-click unsubscription comes from the few
 * addresses of a mail provider, and must not be refused because of them.
 */
export function limitPerToken(limits: RateLimits, rule: RateRule): MiddlewareHandler<HubEnv> {
  return limited(limits, rule, requestToken);
}

function limited(
  limits: RateLimits,
  rule: RateRule,
  keyOf: (c: Context<HubEnv>) => Promise<string>,
): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const verdict = await limits.take([rule], await keyOf(c));
    if (verdict.allowed) return next();
    return tooManyRequests(c, new TooManyRequestsError(verdict.retryAfterSeconds));
  };
}

/** A form or a page gets a French page; the JSON API its problem+json. Both say when to come back. */
function tooManyRequests(c: Context<HubEnv>, error: TooManyRequestsError): Response {
  const retryAfter = { 'Retry-After': String(error.retryAfterSeconds) };
  if (isForm(c) || !c.req.path.startsWith('/api/')) {
    // Built as a node: the page's texts are read when it renders, in the request's language.
    const page = jsx(MessagePage, { title: error.title, message: error.detail ?? error.title });
    return renderPage(c, page, 429, retryAfter);
  }
  const response = problemResponse(error.toProblem(), translatorOf(c));
  response.headers.set('Retry-After', retryAfter['Retry-After']);
  return response;
}

/** The token as the route reads it: `?token=`, else the form's or the JSON body's `token` field (read once, cached). */
async function requestToken(c: Context<HubEnv>): Promise<string> {
  const fromPath = c.req.param('token');
  if (fromPath) return fromPath;
  const fromQuery = c.req.query('token');
  if (fromQuery) return fromQuery;
  try {
    const body: unknown = isForm(c) ? await c.req.parseBody() : await c.req.json();
    const token = (body as { token?: unknown } | null)?.token;
    return typeof token === 'string' ? token : '';
  } catch {
    // An unreadable body: its route refuses it (400); such requests share one counter.
    return '';
  }
}

function isForm(c: Context<HubEnv>): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(
    c.req.header('content-type') ?? '',
  );
}
