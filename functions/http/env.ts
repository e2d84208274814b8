import type { Hono } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SignedInUser } from '../auth/session.js';

export interface HubEnv {
  Variables: {
    user?: SignedInUser;
    requestId: string;
    /** HUB_BASE_URL: the pages' canonical and share URLs start with it. */
    baseUrl: string;
  };
}

/** The full app (staff routes declared with @hono/zod-openapi, /openapi.json). */
export type HubApp = OpenAPIHono<HubEnv>;

/** What the public routes are registered on: a plain Hono app (the public function carries no OpenAPI code). */
export type PublicApp = Hono<HubEnv>;
