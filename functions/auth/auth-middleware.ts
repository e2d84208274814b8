import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import type { HubConfig } from '../config/config.js';
import type { HubEnv } from '../http/env.js';
import { ForbiddenError, UnauthorizedError } from '../shared/errors.js';
import { readSessionCookie } from './session-cookie.js';
import type { SignedInUser } from './session.js';
import { trainerMayReach } from './trainer-scope.js';
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

/** Staff API: 401 problem+json without a valid staff session; a trainer's reaches their events' attendance only. */
export function staffApiOnly(sessions: SessionDeps): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    await resolveUser(c, sessions);
    const user = c.get('user');
    if (!user) throw new UnauthorizedError();
    if (user.role !== 'staff' && !isTrainerInScope(c, user)) throw new ForbiddenError();
    await next();
  };
}

/** Staff pages: without a staff session, back to the sign-in page; a trainer elsewhere than their sheets, 403. */
export function staffPagesOnly(sessions: SessionDeps): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    await resolveUser(c, sessions);
    const user = c.get('user');
    if (user?.role === 'trainer' && !isTrainerInScope(c, user)) throw new ForbiddenError();
    if (user?.role !== 'staff' && user?.role !== 'trainer') return c.redirect('/connexion', 303);
    await next();
  };
}

function isTrainerInScope(c: Context<HubEnv>, user: SignedInUser): boolean {
  return user.role === 'trainer' && trainerMayReach(user, c.req.method, c.req.path);
}

/** This site's origin, as the request sees it or as HUB_BASE_URL names it (behind a CDN they differ). */
function hubOrigin(baseUrl: string): (origin: string, c: Context<HubEnv>) => boolean {
  const baseOrigin = new URL(baseUrl).origin;
  return (origin, c) => origin === baseOrigin || origin === new URL(c.req.url).origin;
}

/** Form posts that change state must come from the hub's own pages: the Origin (or Sec-Fetch-Site) must be this site. */
export function sameOriginForms(baseUrl: string): MiddlewareHandler<HubEnv> {
  const check = csrf({ origin: hubOrigin(baseUrl) });
  return async (c, next) => {
    try {
      await check(c, async () => {});
    } catch {
      throw new ForbiddenError('Ce formulaire ne provient pas du site du hub : la demande est refusée.');
    }
    await next();
  };
}

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/;

/**
 * Staff API calls that change state, whatever their body (JSON, none): a browser names the site that made them,
 * and another site's is refused, since the session cookie's SameSite=Lax alone lets some through. API clients
 * send neither Origin nor Sec-Fetch-Site and pass.
 */
export function sameOriginApi(baseUrl: string): MiddlewareHandler<HubEnv> {
  const isHubOrigin = hubOrigin(baseUrl);
  return async (c, next) => {
    if (!SAFE_METHOD.test(c.req.method)) {
      const origin = c.req.header('origin');
      if (
        c.req.header('sec-fetch-site') === 'cross-site' ||
        (origin !== undefined && !isHubOrigin(origin, c))
      )
        throw new ForbiddenError('Cette demande ne provient pas du site du hub : elle est refusée.');
    }
    await next();
  };
}
