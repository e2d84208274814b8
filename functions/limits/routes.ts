import type { HubApp } from '../http/env.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { limitPerClient, limitPerToken } from './rate-limit-middleware.js';
import { perMinute } from './rate-limit-rules.js';
import type { PublicRateLimitDeps } from './public-routes.js';

/**
 * The limits of the public POST routes only the full app serves, mounted before them: asking for a sign-in link,
 * by the API or the sign-in page, per client; signing in with a link's token and answering a survey, per token.
 */
export function fullAppRateLimits({ limits, perMinute: budget }: PublicRateLimitDeps): HubApp {
  const app = staffSubApp();
  const linkRequest = limitPerClient(limits, perMinute('sign-in-link', budget));
  app.post('/api/auth/magic-link', linkRequest);
  app.post('/connexion', linkRequest);
  app.post('/auth/callback', limitPerToken(limits, perMinute('sign-in', budget)));
  app.post('/enquete/:token', limitPerToken(limits, perMinute('survey-answer', budget)));
  return app;
}
