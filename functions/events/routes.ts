import type { HubApp } from '../http/env.js';
import type { Hub } from '../composition/hub.js';

export function registerEventRoutes(_app: HubApp, _hub: Hub): void {}
