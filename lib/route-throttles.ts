/**
 * The gateway's own throttling of the POST routes anyone may call without a token (registration, newsletter
 * subscription, sign-in link: the JSON route and the sign-in page's form), in requests per second for all
 * clients together, on top of the stage's default. The app counts each client on its own
 * (functions/limits/); this caps what a flood from many addresses can cost before it reaches a function.
 */
export const ROUTE_THROTTLES = {
  'POST /api/events/{slug}/registrations': { rateLimit: 20, burstLimit: 40 },
  'POST /api/newsletter/subscriptions': { rateLimit: 5, burstLimit: 10 },
  'POST /api/auth/magic-link': { rateLimit: 2, burstLimit: 5 },
  'POST /connexion': { rateLimit: 2, burstLimit: 5 },
  // The English sign-in page's form.
  'POST /en/sign-in': { rateLimit: 2, burstLimit: 5 },
} as const;

/** The throttled routes that the full app serves: the gateway needs a route of their own to throttle them. */
export const THROTTLED_STAFF_ROUTES = [
  { method: 'POST', path: '/api/auth/magic-link' },
  { method: 'POST', path: '/connexion' },
  { method: 'POST', path: '/en/sign-in' },
] as const;
