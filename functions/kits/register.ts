import type { HubApp } from '../http/env.js';
import type { Hub } from '../composition/hub.js';
import { registerPartnerRoutes } from '../partners/routes.js';
import { registerKitRoutes } from './routes.js';
import { registerKitPages } from './pages/page-routes.js';
import { registerStaffKitPages } from './pages/staff-page-routes.js';

/** Partners and kits: API routes and pages, registered after the auth guards. */
export function registerKitsCapability(app: HubApp, hub: Hub): void {
  registerPartnerRoutes(app, hub);
  registerKitRoutes(app, hub);
  registerKitPages(app, hub);
  registerStaffKitPages(app, hub);
}
