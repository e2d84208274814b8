import type { HubApp } from '../http/env.js';
import type { Hub } from '../composition/hub.js';

export function registerPages(_app: HubApp, _hub: Hub): void {}
