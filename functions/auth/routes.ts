import type { HubApp } from '../http/env.js';
import type { Hub } from '../composition/hub.js';

export function registerAuthRoutes(_app: HubApp, _hub: Hub): void {}
