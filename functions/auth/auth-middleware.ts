import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import type { Hub } from '../composition/hub.js';
import type { HubEnv } from '../http/env.js';
import { ForbiddenError, UnauthorizedError } from '../shared/errors.js';
import { readSessionCookie } from './session-cookie.js';

/** Resolves the session cookie into `c.var.user` (left unset when absent, forged, expired or revoked). */
export async function resolveUser(c: Context<HubEnv>, hub: Hub): Promise<void> {
  if (c.get('user')) return;
  const sessionId = await readSessionCookie(c, hub.config);
  const user = sessionId ? await hub.signIn.userFor(sessionId) : undefined;
  if (user) c.set('user', user);
}

/** Staff API: 401 problem+json without a valid staff session. */
export function staffApiOnly(hub: Hub): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    await resolveUser(c, hub);
    const user = c.get('user');
    if (!user) throw new UnauthorizedError();
    if (user.role !== 'staff') throw new ForbiddenError();
    await next();
  };
}

/** Staff pages: without a staff session, back to the sign-in page. */
export function staffPagesOnly(hub: Hub): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    await resolveUser(c, hub);
    if (c.get('user')?.role !== 'staff') return c.redirect('/connexion', 303);
    await next();
  };
}

/**
 * Form posts that change state must come from the hub's own pages: the Origin (or Sec-Fetch-Site)
 * must be this site, as the request sees it or as HUB_BASE_URL names it (behind a CDN they differ).
 */
export function sameOriginForms(hub: Hub): MiddlewareHandler<HubEnv> {
  const baseOrigin = new URL(hub.config.HUB_BASE_URL).origin;
  const check = csrf({
    origin: (origin, c) => origin === baseOrigin || origin === new URL(c.req.url).origin,
  });
  return async (c, next) => {
    try {
      await check(c, async () => {});
    } catch {
      throw new ForbiddenError('Ce formulaire ne provient pas du site du hub : la demande est refusée.');
    }
    await next();
  };
}
