import * as z from 'zod/mini';
import type { PublicApp } from '../http/env.js';
import { registerRoute } from '../http/register-route.js';
import { defineRoute } from '../http/route-spec.js';
import type { PublicHub } from '../composition/public-hub.js';
import { toPublicView } from './event-views.js';
import { registerEventPages } from './page-routes.js';

const slugParams = z.object({ slug: z.string().check(z.minLength(1), z.maxLength(200)) });

export const listPublicEvents = defineRoute({ method: 'get', path: '/api/events' });

export const getPublicEvent = defineRoute({
  method: 'get',
  path: '/api/events/{slug}',
  request: { params: slugParams },
});

/** The public API of events and the public event pages. */
export function registerPublicEventRoutes(app: PublicApp, hub: PublicHub): void {
  const baseUrl = hub.config.HUB_BASE_URL;

  registerRoute(app, listPublicEvents, async (c) => {
    const now = hub.clock.now();
    const events = await hub.events.listUpcoming();
    return c.json({ items: events.map((event) => toPublicView(event, now, baseUrl)) }, 200);
  });

  registerRoute(app, getPublicEvent, async (c) => {
    const event = await hub.events.getPublicBySlug(c.req.valid('param').slug);
    return c.json(toPublicView(event, hub.clock.now(), baseUrl), 200);
  });

  registerEventPages(app, hub);
}
