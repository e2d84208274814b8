import * as z from 'zod/mini';
import type { PublicApp } from '../http/env.js';
import { mountRoutes, registerRoute } from '../http/register-route.js';
import { publicSubApp } from '../http/sub-app.js';
import { defineRoute } from '../http/route-spec.js';
import type { Clock } from '../shared/clock.js';
import type { EventService } from './event-service.js';
import type { HubEvent } from './event.js';
import { toPublicView } from './event-views.js';
import { eventPages } from './pages/public-routes.js';
import type { PublicSession } from '../programme/session.js';

const slugParams = z.object({ slug: z.string().check(z.minLength(1), z.maxLength(200)) });

export const listPublicEvents = defineRoute({ method: 'get', path: '/api/events' });

export const getPublicEvent = defineRoute({
  method: 'get',
  path: '/api/events/{slug}',
  request: { params: slugParams },
});

export interface PublicEventDeps {
  events: Pick<EventService, 'listUpcoming' | 'listPast' | 'getPublicBySlug'>;
  /** The event page shows the programme, when the event has one. */
  programme: { publicSessions(event: Pick<HubEvent, 'id'>): Promise<PublicSession[]> };
  clock: Clock;
  /** Where the event pages live: the views link to them. */
  baseUrl: string;
}

/** The public API of events and the public event pages. */
export function publicEventRoutes(deps: PublicEventDeps): PublicApp {
  const { events, clock, baseUrl } = deps;
  const app = publicSubApp();

  registerRoute(app, listPublicEvents, async (c) => {
    const now = clock.now();
    const upcoming = await events.listUpcoming();
    return c.json({ items: upcoming.map((event) => toPublicView(event, now, baseUrl)) }, 200);
  });

  registerRoute(app, getPublicEvent, async (c) => {
    const event = await events.getPublicBySlug(c.req.valid('param').slug);
    return c.json(toPublicView(event, clock.now(), baseUrl), 200);
  });

  mountRoutes(app, eventPages(deps));
  return app;
}
