import { OpenAPIHono } from '@hono/zod-openapi';
import type { HubApp, HubEnv } from './env.js';
import { validationHook } from './validation.js';

/**
 * A staff feature's sub-app: its routes fail validation through the hub's one error path, and app.route()
 * merges its OpenAPI registry into the full app's.
 */
export function staffSubApp(): HubApp {
  return new OpenAPIHono<HubEnv>({ defaultHook: validationHook });
}
