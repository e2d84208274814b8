import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import type { HubConfig } from '../config/config.js';
import type { HubEnv } from '../http/env.js';
import { ForbiddenError, UnauthorizedError } from '../shared/errors.js';
import { readSessionCookie } from './session-cookie.js';
import type { SignInService } from './sign-in-service.js';

/** What reads a session: the cookie's key and flags, and the sessions signed in. */
export interface SessionDeps {
  signIn: Pick<SignInService, 'userFor'>;
  config: Pick<HubConfig, 'HUB_SIGNING_KEY' | 'HUB_BASE_URL'>;
}

/** Resolves the session cookie into `c.var.user` (left unset when absent, forged, expired or revoked). */
export async function resolveUser(c: Context<HubEnv>, sessions: SessionDeps): Promise<void> {
  if (c.get('user')) return;
  const sessionId = await readSessionCookie(c, sessions.config);
  const user = sessionId ? await sessions.signIn.userFor(sessionId) : undefined;
  if (user) c.set('user', user);
}

/** Staff API: 401 problem+json without a valid staff session. */
export function staffApiOnly(sessions: SessionDeps): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    await resolveUser(c, sessions);
    const user = c.get('user');
    if (!user) throw new UnauthorizedError();
    if (user.role !== 'staff') throw new ForbiddenError();
    await next();
  };
}

/** Staff pages: without a staff session, back to the sign-in page. */
export function staffPagesOnly(sessions: SessionDeps): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    await resolveUser(c, sessions);
    if (c.get('user')?.role !== 'staff') return c.redirect('/connexion', 303);
    await next();
  };
}

/**
 * Form posts that change state must come from the hub's own pages: the Origin (or Sec-Fetch-Site)
 * must be this site, as the request sees it or as HUB_BASE_URL names it (behind a CDN they differ).
 */
export function sameOriginForms(baseUrl: string): MiddlewareHandler<HubEnv> {
  const baseOrigin = new URL(baseUrl).origin;
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
