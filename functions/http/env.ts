import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SignedInUser } from '../auth/session.js';

export interface HubEnv {
  Variables: { user?: SignedInUser; requestId: string };
}

export type HubApp = OpenAPIHono<HubEnv>;
