import { SESSION_COOKIE } from './session-cookie.js';

export const SESSION_SECURITY_SCHEME = 'sessionCookie';

/** Put on every staff route's `createRoute({ security })` so the OpenAPI document says how to call it. */
export const staffSecurity = [{ [SESSION_SECURITY_SCHEME]: [] }];

export const sessionCookieScheme = {
  type: 'apiKey' as const,
  in: 'cookie' as const,
  name: SESSION_COOKIE,
  description:
    'Cookie de session de l’équipe, posé par POST /auth/callback (bouton de la page qu’ouvre le lien de connexion reçu après POST /api/auth/magic-link).',
};
