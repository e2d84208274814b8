import type { PublicApp } from '../http/env.js';
import { registerRoute } from '../http/register-route.js';
import { defineRoute } from '../http/route-spec.js';
import type { PublicHub } from '../composition/public-hub.js';
import { PublicEventListSchema, PublicEventSchema, SlugParamsSchema } from './public-schemas.js';
import { toPublicView } from './event-views.js';
import { registerEventPages } from './page-routes.js';

const problem = {
  content: { 'application/problem+json': { schema: { type: 'object' } } },
};

const publicTag = ['Événements'];

const listPublicEvents = defineRoute({
  method: 'get',
  path: '/api/events',
  tags: publicTag,
  summary: 'Les événements publiés à venir, du plus proche au plus lointain',
  responses: {
    200: { content: { 'application/json': { schema: PublicEventListSchema } }, description: 'Événements.' },
  },
});

const getPublicEvent = defineRoute({
  method: 'get',
  path: '/api/events/{slug}',
  tags: publicTag,
  summary: 'Un événement publié, annulé ou terminé',
  request: { params: SlugParamsSchema },
  responses: {
    200: { content: { 'application/json': { schema: PublicEventSchema } }, description: 'Événement.' },
    404: { ...problem, description: 'Événement inconnu ou pas encore publié.' },
  },
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
