/**
 * The hot public path, in API Gateway HTTP API route syntax: these routes reach the small public function
 * (functions/lambda/public-api.ts); every other request (`$default`) reaches the full app, which serves these
 * paths too. A path variable matches one segment only, so `/api/events/{slug}` leaves
 * `/api/events/{slug}/calendar.ics` to `$default`. A test checks this list against the public app's routes.
 */
export const PUBLIC_ROUTES = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/evenements' },
  // `/evenements/passes` too (one segment).
  { method: 'GET', path: '/evenements/{slug}' },
  { method: 'GET', path: '/accessibilite' },
  { method: 'GET', path: '/mentions-legales' },
  { method: 'GET', path: '/donnees-personnelles' },
  { method: 'GET', path: '/api/events' },
  { method: 'GET', path: '/api/events/{slug}' },
  { method: 'POST', path: '/api/events/{slug}/registrations' },
  { method: 'POST', path: '/api/registrations/cancel' },
  { method: 'GET', path: '/inscriptions/annuler' },
  { method: 'POST', path: '/inscriptions/annuler' },
  { method: 'GET', path: '/newsletter' },
  { method: 'POST', path: '/api/newsletter/subscriptions' },
  { method: 'POST', path: '/api/newsletter/confirm' },
  { method: 'GET', path: '/api/newsletter/topics' },
  { method: 'GET', path: '/newsletter/confirm' },
  { method: 'POST', path: '/newsletter/confirm' },
  { method: 'GET', path: '/newsletter/unsubscribe' },
  { method: 'POST', path: '/newsletter/unsubscribe' },
  { method: 'GET', path: '/newsletter/preferences' },
  { method: 'POST', path: '/newsletter/preferences' },
  { method: 'GET', path: '/newsletter/c/{token}' },
  { method: 'GET', path: '/newsletter/o/{token}' },
  { method: 'GET', path: '/newsletter/archives' },
  // The letters' web versions and the Atom feed (`feed.atom`).
  { method: 'GET', path: '/newsletter/archives/{id}' },
  // The same pages in English (functions/i18n/page-paths.ts): the public app serves them through their French
  // routes. `/en/` itself, with its trailing slash, reaches the full app by `$default`.
  { method: 'GET', path: '/en' },
  { method: 'GET', path: '/en/events' },
  { method: 'GET', path: '/en/events/{slug}' },
  { method: 'GET', path: '/en/accessibility' },
  { method: 'GET', path: '/en/legal-notice' },
  { method: 'GET', path: '/en/personal-data' },
  { method: 'GET', path: '/en/registrations/cancel' },
  { method: 'POST', path: '/en/registrations/cancel' },
  { method: 'GET', path: '/en/newsletter' },
  { method: 'GET', path: '/en/newsletter/confirm' },
  { method: 'POST', path: '/en/newsletter/confirm' },
  { method: 'GET', path: '/en/newsletter/unsubscribe' },
  { method: 'POST', path: '/en/newsletter/unsubscribe' },
  { method: 'GET', path: '/en/newsletter/preferences' },
  { method: 'POST', path: '/en/newsletter/preferences' },
  { method: 'GET', path: '/en/newsletter/archives' },
  { method: 'GET', path: '/en/newsletter/archives/{id}' },
  { method: 'GET', path: '/robots.txt' },
  { method: 'GET', path: '/sitemap.xml' },
  { method: 'GET', path: '/favicon.ico' },
  { method: 'GET', path: '/icon.svg' },
] as const satisfies readonly { method: 'GET' | 'POST'; path: string }[];
