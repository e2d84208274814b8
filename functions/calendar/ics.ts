import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalEventData,
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { EVENT_TIME_ZONE, type HubEvent } from '../events/event.js';
import type { Registration } from '../registrations/registration.js';
import type { ProgrammeSession } from '../programme/session.js';

export interface Organiser {
  name: string;
  email: string;
}

export interface InvitationOptions {
  method: 'REQUEST' | 'CANCEL';
  registration?: Registration;
  /** Only for confirmed registrants: the join URL is the one secret of a webinar. */
  includeJoinUrl: boolean;
}

/** The words of an invitation in the registrant's language, and where its event page is in it. */
export interface CalendarTexts {
  /** The PRODID's language: `FR`, `EN`. */
  language: string;
  title(event: HubEvent): string;
  summary(event: HubEvent): string;
  joinLink(url: string): string;
  eventPage(url: string): string;
  online: string;
  /** The reminder an hour before. */
  soon(title: string): string;
  pagePath(slug: string): string;
}

export const FRENCH_CALENDAR_TEXTS: CalendarTexts = {
  language: 'FR',
  title: (event) => event.title,
  summary: (event) => event.summary,
  joinLink: (url) => `Lien de connexion : ${url}`,
  eventPage: (url) => `Page de l’événement : ${url}`,
  online: 'En ligne',
  soon: (title) => `Bientôt : ${title}`,
  pagePath: (slug) => `/evenements/${slug}`,
};

export interface CalendarContext {
  baseUrl: string;
  organiser: Organiser;
  /** DTSTAMP; defaults to now. */
  now?: Date;
  /** French when absent. */
  texts?: CalendarTexts;
}

/** The iCalendar invitation mailed to one registrant (or the event's file offered for download). */
export function invitation(event: HubEvent, options: InvitationOptions, context: CalendarContext): string {
  const calendar = newCalendar(
    options.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    textsOf(context),
  );
  const joinUrl = options.includeJoinUrl ? event.joinUrl : undefined;
  calendar.createEvent({
    ...eventData(event, context, joinUrl),
    status: options.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: context.organiser,
    attendees: options.registration
      ? [
          {
            email: options.registration.email,
            name: `${options.registration.firstName} ${options.registration.lastName}`,
            role: ICalAttendeeRole.REQ,
            status: ICalAttendeeStatus.ACCEPTED,
          },
        ]
      : [],
    alarms:
      options.method === 'REQUEST'
        ? [
            {
              type: ICalAlarmType.display,
              trigger: 3600,
              description: textsOf(context).soon(textsOf(context).title(event)),
            },
          ]
        : [],
  });
  return terminated(calendar.toString());
}

/** A calendar people subscribe to: every published event, never a join URL. */
export function feed(events: HubEvent[], context: CalendarContext & { name: string }): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, textsOf(context));
  calendar.name(context.name);
  for (const event of events) calendar.createEvent(eventData(event, context, undefined));
  return terminated(calendar.toString());
}

/**
 * One session of an event's programme as its own calendar entry (the page offers it for download): the event's
 * place with the session's room, never a join URL. Its UID is the session's, so it sits beside the event's entry.
 */
export function sessionCalendar(
  event: HubEvent,
  session: ProgrammeSession,
  context: CalendarContext,
): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, textsOf(context));
  calendar.name(`${event.title} — ${session.title}`);
  const base = eventData(event, context, undefined);
  const place = typeof base.location === 'string' ? base.location : 'En ligne';
  calendar.createEvent({
    ...base,
    id: `${session.id}@filiere-hub`,
    sequence: event.sequence + session.sequence,
    start: DateTime.fromISO(session.startsAt, { zone: EVENT_TIME_ZONE }),
    end: DateTime.fromISO(session.endsAt, { zone: EVENT_TIME_ZONE }),
    summary: session.title,
    description: [`${event.title}`, base.description].filter(Boolean).join('\n\n'),
    location: session.room ? `${session.room}, ${place}` : place,
  });
  return terminated(calendar.toString());
}

// RFC 5545 ends every content line, the last one included, with CRLF; ical-generator omits the last.
function terminated(ics: string): string {
  return ics.endsWith('\r\n') ? ics : `${ics}\r\n`;
}

// A calendar-level time zone name would drop the Z from DTSTAMP: only the VTIMEZONE generator is set.
function newCalendar(method: ICalCalendarMethod, texts: CalendarTexts): ICalCalendar {
  return ical({
    prodId: { company: 'filiere-hub', product: 'evenements', language: texts.language },
    method,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
}

function textsOf(context: CalendarContext): CalendarTexts {
  return context.texts ?? FRENCH_CALENDAR_TEXTS;
}

function eventData(event: HubEvent, context: CalendarContext, joinUrl: string | undefined): ICalEventData {
  const texts = textsOf(context);
  const pageUrl = `${context.baseUrl}${texts.pagePath(event.slug)}`;
  const description = [
    texts.summary(event),
    joinUrl ? texts.joinLink(joinUrl) : undefined,
    texts.eventPage(pageUrl),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    id: `${event.id}@filiere-hub`,
    sequence: event.sequence,
    stamp: context.now ?? new Date(),
    // luxon values in the event's zone: with plain Dates the process-local clock time would be written.
    start: DateTime.fromISO(event.startsAt, { zone: EVENT_TIME_ZONE }),
    end: DateTime.fromISO(event.endsAt, { zone: EVENT_TIME_ZONE }),
    timezone: EVENT_TIME_ZONE,
    summary: texts.title(event),
    description,
    location: event.venue
      ? `${event.venue.name}, ${event.venue.address}, ${event.venue.city}`
      : (joinUrl ?? texts.online),
    url: joinUrl ?? pageUrl,
    ...(event.status === 'cancelled' ? { status: ICalEventStatus.CANCELLED } : {}),
  };
}
