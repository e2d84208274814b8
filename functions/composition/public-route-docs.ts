import type { DocumentedRoute } from '../http/route-docs.js';
import { publicEventRouteDocs } from '../events/route-docs.js';
import { registrationRouteDocs } from '../registrations/route-docs.js';
import { newsletterRouteDocs } from '../newsletter/route-docs.js';
import { attendanceRouteDocs } from '../attendance/route-docs.js';
import { publicProgrammeRouteDocs } from '../programme/route-docs.js';

/** The documentation of every route the public sub-apps declare with registerRoute: the full app's /openapi.json. */
export const PUBLIC_ROUTE_DOCS: readonly DocumentedRoute[] = [
  ...publicEventRouteDocs,
  ...publicProgrammeRouteDocs,
  ...registrationRouteDocs,
  ...newsletterRouteDocs,
  ...attendanceRouteDocs,
];
