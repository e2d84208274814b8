import type { HubApp } from '../http/env.js';
import type { Hub } from '../composition/hub.js';

export function registerRegistrationRoutes(_app: HubApp, _hub: Hub): void {}
