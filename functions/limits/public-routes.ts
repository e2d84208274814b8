import type { PublicApp } from '../http/env.js';
import { publicSubApp } from '../http/sub-app.js';
import { NEWSLETTER_PATHS } from '../newsletter/newsletter-links.js';
import { CANCEL_PATH } from '../registrations/cancellation-link.js';
import { limitPerClient, limitPerToken, type RateLimits } from './rate-limit-middleware.js';
import { perMinute } from './rate-limit-rules.js';

export interface PublicRateLimitDeps {
  limits: RateLimits;
  /** HUB_RATE_LIMIT_PER_MINUTE: each client's budget per route, each token's per action. */
  perMinute: number;
}

/**
 * The limits of the public POST routes, mounted before the routes themselves so that a refused request is
 * answered before anything is read, stored or mailed. The JSON route and the page's form of one action share
 * its counter.
 */
export function publicRateLimits({ limits, perMinute: budget }: PublicRateLimitDeps): PublicApp {
  const app = publicSubApp();
  const rule = (scope: string) => perMinute(scope, budget);
  // Anyone may call these: counted per client.
  app.post('/api/events/:slug/registrations', limitPerClient(limits, rule('registration')));
  app.post('/api/newsletter/subscriptions', limitPerClient(limits, rule('subscription')));
  // A training room signs from one public address: ten times the budget, beside the attendance service's own
  // limits per room code and per address.
  const signing = limitPerClient(limits, perMinute('attendance-signature', budget * 10));
  app.post('/api/attendance/signatures', signing);
  app.post('/emargement', signing);
  // These carry a token: counted per token.
  const cancellation = limitPerToken(limits, rule('cancellation'));
  app.post('/api/registrations/cancel', cancellation);
  app.post(CANCEL_PATH, cancellation);
  const confirmation = limitPerToken(limits, rule('confirmation'));
  app.post('/api/newsletter/confirm', confirmation);
  app.post(NEWSLETTER_PATHS.confirm, confirmation);
  app.post(NEWSLETTER_PATHS.preferences, limitPerToken(limits, rule('preferences')));
  app.post(NEWSLETTER_PATHS.unsubscribe, limitPerToken(limits, rule('unsubscription')));
  return app;
}
