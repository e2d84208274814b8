import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { isLocalhost, type HubConfig } from '../config/config.js';

type CookieConfig = Pick<HubConfig, 'HUB_SIGNING_KEY' | 'HUB_BASE_URL'>;

export const SESSION_COOKIE = 'hub_session';

/** A key of its own for cookies, so a cookie signature can never pass for a link signature. */
function cookieKey(config: CookieConfig): string {
  return createHmac('sha256', config.HUB_SIGNING_KEY).update('hub-session-cookie').digest('base64url');
}

function baseOptions(config: CookieConfig) {
  return { path: '/', httpOnly: true, sameSite: 'Lax' as const, secure: !isLocalhost(config) };
}

export async function setSessionCookie(
  c: Context,
  config: CookieConfig,
  sessionId: string,
  expiresAt: Date,
  now: Date,
): Promise<void> {
  await setSignedCookie(c, SESSION_COOKIE, sessionId, cookieKey(config), {
    ...baseOptions(config),
    maxAge: Math.floor((expiresAt.getTime() - now.getTime()) / 1000),
    expires: expiresAt,
  });
}

/** The session id from a validly signed cookie, else undefined. */
export async function readSessionCookie(c: Context, config: CookieConfig): Promise<string | undefined> {
  const value = await getSignedCookie(c, cookieKey(config), SESSION_COOKIE);
  return typeof value === 'string' && value ? value : undefined;
}

export function clearSessionCookie(c: Context, config: CookieConfig): void {
  deleteCookie(c, SESSION_COOKIE, baseOptions(config));
}
