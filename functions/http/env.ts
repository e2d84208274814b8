import type { Hono } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SignedInUser } from '../auth/session.js';
import type { Language } from '../i18n/language.js';

export interface HubEnv {
  Variables: {
    user?: SignedInUser;
    requestId: string;
    /** HUB_BASE_URL: the pages' canonical and share URLs start with it. */
    baseUrl: string;
    /** The language the request is answered in: its page's (`/en/…`), or `Accept-Language` for the API. */
    language: Language;
  };
}

/** The full app (staff routes declared with @hono/zod-openapi, /openapi.json). */
export type HubApp = OpenAPIHono<HubEnv>;

/** What the public routes are registered on: a plain Hono app (the public function carries no OpenAPI code). */
export type PublicApp = Hono<HubEnv>;
