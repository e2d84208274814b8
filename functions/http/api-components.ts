import { registry } from 'zod/v4/core';

/**
 * The named schemas of the API (`RegistrationBody`, `PublicEvent`…): /openapi.json lists them under
 * `components.schemas` and refers to them by `$ref`. Registered by the routes' documentation modules
 * (`*-route-docs.ts`) and the staff schemas, which only the full app loads.
 */
export const apiComponents = registry<{ id: string }>();
