import { createRoute, z } from '@hono/zod-openapi';
import { translatorOf } from '../http/language-routing.js';
import type { HubApp } from '../http/env.js';
import { renderPage } from '../pages/render.js';
import type { Context } from 'hono';
import type { HubEnv } from '../http/env.js';
import {
  staffApiOnly,
  staffPagesOnly,
  sameOriginApi,
  sameOriginForms,
  type SessionDeps,
} from './auth-middleware.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.js';
import { ConfirmSignInPage, InvalidLinkPage, LinkSentPage, SignInPage } from './pages/sign-in-pages.js';
import { INVALID_EMAIL, RESERVED_EMAIL, isReservedAddress } from '../shared/email.js';
import { emailField } from '../http/text-fields.js';
import { SESSION_SECURITY_SCHEME, sessionCookieScheme, staffSecurity } from './openapi-security.js';
import {
  OPEN_PROBLEM_SCHEMA,
  PER_CLIENT_LIMIT,
  problem,
  tooManyRequests,
} from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import type { Clock } from '../shared/clock.js';
import type { SignInService } from './sign-in-service.js';
import type { Role } from './session.js';
import { TRAINER_HOME } from './trainer-scope.js';

export const LINK_SENT_MESSAGE =
  'Si cette adresse est autorisée, un lien de connexion vient de lui être envoyé (valable 15 minutes).';

const magicLinkBody = z
  .object({
    email: emailField.openapi({ format: 'email' }),
  })
  .openapi('MagicLinkRequest');

const requestMagicLink = createRoute({
  method: 'post',
  path: '/api/auth/magic-link',
  tags: ['Connexion'],
  summary: 'Demander un lien de connexion (équipe)',
  description:
    'Répond toujours 202, que l’adresse fasse partie de l’équipe ou non ; seules les adresses autorisées reçoivent un lien à usage unique, valable 15 minutes.',
  request: { body: { required: true, content: { 'application/json': { schema: magicLinkBody } } } },
  responses: {
    202: {
      description: 'Demande prise en compte.',
      content: { 'application/json': { schema: z.object({ message: z.string() }) } },
    },
    400: problem('Corps invalide.', OPEN_PROBLEM_SCHEMA),
    429: tooManyRequests(PER_CLIENT_LIMIT, OPEN_PROBLEM_SCHEMA),
  },
});

const signOut = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['Connexion'],
  summary: 'Se déconnecter (révoque la session)',
  security: staffSecurity,
  responses: { 204: { description: 'Session révoquée, cookie effacé.' } },
});

/** Where each role lands after sign-in. */
const HOME_OF: Record<Role, string> = { staff: '/admin', partner: '/kits', trainer: TRAINER_HOME };

export interface AuthDeps extends SessionDeps {
  signIn: SignInService;
  clock: Clock;
}

/**
 * Staff sign-in (magic link, callback, sign-out) and the guards of everything staff-only. Mounted before
 * the other staff sub-apps, so the guards cover the routes mounted after it.
 */
export function authRoutes(deps: AuthDeps): HubApp {
  const app = staffSubApp();
  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_SECURITY_SCHEME, sessionCookieScheme);
  app.use('/api/admin/*', sameOriginApi(deps.config.HUB_BASE_URL), staffApiOnly(deps));
  app.use('/admin/*', staffPagesOnly(deps), sameOriginForms(deps.config.HUB_BASE_URL));
  app.use('/deconnexion', sameOriginForms(deps.config.HUB_BASE_URL));
  app.use('/auth/callback', sameOriginForms(deps.config.HUB_BASE_URL));

  app.openapi(requestMagicLink, async (c) => {
    await deps.signIn.requestLink(c.req.valid('json').email);
    return c.json({ message: translatorOf(c)(LINK_SENT_MESSAGE) }, 202);
  });

  app.openapi(signOut, async (c) => {
    await endSession(c);
    return c.body(null, 204);
  });

  app.get('/connexion', (c) => renderPage(c, <SignInPage />));

  app.post('/connexion', async (c) => {
    const form = await c.req.parseBody();
    const email = typeof form.email === 'string' ? form.email : '';
    const parsed = magicLinkBody.safeParse({ email: email.trim() });
    if (!parsed.success) {
      const error = isReservedAddress(email) ? RESERVED_EMAIL : INVALID_EMAIL;
      return renderPage(c, <SignInPage email={email} error={error} />, 400);
    }
    await deps.signIn.requestLink(parsed.data.email);
    return renderPage(c, <LinkSentPage />);
  });

  // The mail's link (HEAD included, which Hono answers with this route): a page whose button signs in.
  app.get('/auth/callback', async (c) => {
    c.header('Cache-Control', 'no-store');
    const token = c.req.query('token');
    if (!token) return renderPage(c, <InvalidLinkPage />, 400);
    if (!(await deps.signIn.isLinkUsable(token))) return renderPage(c, <InvalidLinkPage />, 410);
    return renderPage(c, <ConfirmSignInPage token={token} />);
  });

  app.post('/auth/callback', async (c) => {
    c.header('Cache-Control', 'no-store');
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token : '';
    if (!token) return renderPage(c, <InvalidLinkPage />, 400);
    const signedIn = await deps.signIn.completeSignIn(token);
    if (!signedIn) return renderPage(c, <InvalidLinkPage />, 410);
    const now = deps.clock.now();
    await setSessionCookie(c, deps.config, signedIn.sessionId, new Date(signedIn.user.expiresAt), now);
    return c.redirect(HOME_OF[signedIn.user.role], 303);
  });

  app.post('/deconnexion', async (c) => {
    await endSession(c);
    return c.redirect('/', 303);
  });
  return app;

  async function endSession(c: Context<HubEnv>): Promise<void> {
    const sessionId = await readSessionCookie(c, deps.config);
    if (sessionId) await deps.signIn.signOut(sessionId);
    clearSessionCookie(c, deps.config);
  }
}
