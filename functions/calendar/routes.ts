import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { NotFoundError } from '../shared/errors.js';
import { EventSlugParamsSchema } from '../events/schemas.js';
import { feed, type CalendarContext } from './ics.js';
import { OPEN_PROBLEM_SCHEMA, problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import type { Clock } from '../shared/clock.js';
import type { EventStore } from '../events/event-store.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const FEED_NAME = 'Événements de la filière aimants & terres rares';
const calendarBody = { 'text/calendar': { schema: z.string() } };
const tags = ['Agenda'];

const eventCalendar = createRoute({
  method: 'get',
  path: '/api/events/{slug}/calendar.ics',
  tags,
  summary: 'L’événement au format iCalendar, à ajouter à son agenda',
  request: { params: EventSlugParamsSchema },
  responses: {
    200: { content: calendarBody, description: 'Fichier .ics (RFC 5545), sans lien de connexion.' },
    404: problem('Événement inconnu ou non publié.', OPEN_PROBLEM_SCHEMA),
  },
});

const calendarFeed = createRoute({
  method: 'get',
  path: '/calendar.ics',
  tags,
  summary: 'Agenda de tous les événements publiés, auquel s’abonner',
  responses: { 200: { content: calendarBody, description: 'Flux iCalendar (METHOD:PUBLISH).' } },
});

export interface CalendarDeps {
  events: Pick<EventStore, 'getBySlug' | 'listPublished'>;
  clock: Clock;
  baseUrl: string;
  organiser: CalendarContext['organiser'];
}

/** Public calendars: never a join URL (only confirmed registrants get it, by mail). */
export function calendarRoutes(deps: CalendarDeps): HubApp {
  const app = staffSubApp();
  const context = (): CalendarContext => ({
    baseUrl: deps.baseUrl,
    organiser: deps.organiser,
    now: deps.clock.now(),
  });

  app.openapi(eventCalendar, async (c) => {
    const event = await deps.events.getBySlug(c.req.valid('param').slug);
    if (!event || (event.status !== 'published' && event.status !== 'completed')) {
      throw new NotFoundError('Cet événement est introuvable.');
    }
    return c.body(feed([event], { ...context(), name: event.title }), 200, {
      'content-type': CALENDAR_TYPE,
      'content-disposition': `attachment; filename="${event.slug.replace(/[^\w-]/g, '')}.ics"`,
    });
  });

  app.openapi(calendarFeed, async (c) => {
    const events = await deps.events.listPublished();
    return c.body(feed(events, { ...context(), name: FEED_NAME }), 200, { 'content-type': CALENDAR_TYPE });
  });
  return app;
}
