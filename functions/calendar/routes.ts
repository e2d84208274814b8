import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { NotFoundError } from '../shared/errors.js';
import { EventSlugParamsSchema } from '../events/schemas.js';
import { feed, sessionCalendar, type CalendarContext } from './ics.js';
import type { ProgrammeService } from '../programme/programme-service.js';
import type { HubEvent } from '../events/event.js';
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

const sessionCalendarRoute = createRoute({
  method: 'get',
  path: '/api/events/{slug}/sessions/{sessionId}/calendar.ics',
  tags,
  summary: 'Une session du programme au format iCalendar, à ajouter à son agenda',
  request: {
    params: EventSlugParamsSchema.extend({
      sessionId: z
        .string()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'sessionId', in: 'path' } }),
    }),
  },
  responses: {
    200: { content: calendarBody, description: 'Fichier .ics (RFC 5545), sans lien de connexion.' },
    404: problem('Événement inconnu ou non publié, ou session inconnue.', OPEN_PROBLEM_SCHEMA),
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
  programme: Pick<ProgrammeService, 'publicSession'>;
  clock: Clock;
  baseUrl: string;
  organiser: CalendarContext['organiser'];
}

/** A cancelled event offers no calendar entry, a draft none yet. */
function offersCalendar(event: HubEvent): boolean {
  return event.status === 'published' || event.status === 'completed';
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
    if (!event || !offersCalendar(event)) throw new NotFoundError('Cet événement est introuvable.');
    return c.body(feed([event], { ...context(), name: event.title }), 200, {
      'content-type': CALENDAR_TYPE,
      'content-disposition': `attachment; filename="${event.slug.replace(/[^\w-]/g, '')}.ics"`,
    });
  });

  app.openapi(sessionCalendarRoute, async (c) => {
    const { slug, sessionId } = c.req.valid('param');
    const { event, session } = await deps.programme.publicSession(slug, sessionId);
    if (!offersCalendar(event)) throw new NotFoundError('Cet événement est introuvable.');
    const filename = `${event.slug}-${session.id}`.replace(/[^\w-]/g, '');
    return c.body(sessionCalendar(event, session, context()), 200, {
      'content-type': CALENDAR_TYPE,
      'content-disposition': `attachment; filename="${filename}.ics"`,
    });
  });

  app.openapi(calendarFeed, async (c) => {
    const events = await deps.events.listPublished();
    return c.body(feed(events, { ...context(), name: FEED_NAME }), 200, { 'content-type': CALENDAR_TYPE });
  });
  return app;
}
