import { Hono } from 'hono/tiny';
import type { HubEnv, PublicApp } from './env.js';

/**
 * A public feature's sub-app. hono/tiny, as the public app it is mounted on: app.route() copies its routes into
 * the parent's router, so its own router only ever holds them, and the public bundle carries no other router.
 */
export function publicSubApp(): PublicApp {
  return new Hono<HubEnv>();
}
