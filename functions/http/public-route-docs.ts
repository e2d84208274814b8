import type { DocumentedRoute } from './route-docs.js';
import { publicEventRouteDocs } from '../events/public-route-docs.js';
import { registrationRouteDocs } from '../registrations/public-route-docs.js';
import { newsletterRouteDocs } from '../newsletter/route-docs.js';

/** The documentation of every route registerPublicRoutes declares with registerRoute: the full app's /openapi.json. */
export const PUBLIC_ROUTE_DOCS: readonly DocumentedRoute[] = [
  ...publicEventRouteDocs,
  ...registrationRouteDocs,
  ...newsletterRouteDocs,
];
