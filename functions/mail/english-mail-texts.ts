import type { CalendarTexts } from '../calendar/ics.js';
import type { HubEvent } from '../events/event.js';
import { localText } from '../i18n/translations.js';
import { PARIS_TIME_ZONE } from '../shared/paris-dates.js';
import type { EventMailKind, MailTexts } from './mail-texts.js';
import { Fragment, markup, plain } from './render.js';
import { TEMPLATES } from './templates-en.generated.js';

// Made when the first English mail is written: this module loads only then.
const paris = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "Thursday 10 December 2026" and "09:30", in Paris time. */
function inParis(value: string | Date): { day: string; time: string } {
  const parts = paris.formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return {
    day: `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** "Thursday 10 December 2026 at 09:30". */
function dateTime(value: string | Date): string {
  const { day, time } = inParis(value);
  return `${day} at ${time}`;
}

/** "Thursday 10 December 2026 from 09:30 to 11:00", or "from … at 09:30 to … at 17:00" over several days. */
function period(startsAt: string, endsAt: string): string {
  const start = inParis(startsAt);
  const end = inParis(endsAt);
  if (start.day === end.day) return `${start.day} from ${start.time} to ${end.time}`;
  return `from ${dateTime(startsAt)} to ${dateTime(endsAt)}`;
}

const SUBJECTS: Record<EventMailKind, string> = {
  confirmed: 'Registration confirmed',
  waitlisted: 'Waiting list',
  promoted: 'A seat became free, your registration is confirmed',
  cancelled: 'Cancellation recorded',
  eventUpdated: 'New date or place',
  eventCancelled: 'Event cancelled',
  'reminder-day-before': 'Tomorrow',
  'reminder-hour-before': 'In an hour',
  replayAvailable: 'The replay is online',
};

const eventText = (event: HubEvent, field: 'title' | 'summary') => localText(event, field, 'en').text;
const eventPagePath = (slug: string) => `/en/events/${encodeURIComponent(slug)}`;

const CALENDAR: CalendarTexts = {
  language: 'EN',
  title: (event) => eventText(event, 'title'),
  summary: (event) => eventText(event, 'summary'),
  joinLink: (url) => `Join link: ${url}`,
  eventPage: (url) => `Event page: ${url}`,
  online: 'Online',
  soon: (title) => `Soon: ${title}`,
  pagePath: (slug) => `/en/events/${slug}`,
};

export const ENGLISH_MAIL_TEXTS: MailTexts = {
  language: 'en',
  templates: TEMPLATES,
  period,
  eventText,
  eventPagePath,
  event: {
    subject: (kind, title) => `${SUBJECTS[kind]}: ${title}`,
    cancelInvitation: {
      seated: 'Can you no longer come? Free your seat for someone else:',
      waitlisted: 'No longer wish to wait?',
      changed: 'Do these new details not suit you?',
      reminder: 'Something came up? Let us know by freeing your seat:',
    },
    reason: (title, email) =>
      `You receive this message because you registered for “${title}” with the address ${email}.`,
    joinLink: (url) =>
      new Fragment(markup`online, <a href="${url}">join the session</a> (${url})`, plain`online, ${url}`),
    onlineReserved: 'online (the join link is for people whose registration is confirmed)',
    toBeAnnounced: 'place to be announced',
    calendarFile: { request: 'invitation.ics', cancel: 'cancellation.ics' },
    calendar: CALENDAR,
    cancelPath: '/en/registrations/cancel',
  },
  newsletter: {
    subject: 'Confirm your subscription to the sector’s newsletter',
    preview: 'One click to confirm your subscription.',
    reason: (email) =>
      `You receive this message because a subscription to the newsletter was requested for the address ${email}.`,
    expiresOn: (at) => `${dateTime(at)} (Paris time)`,
  },
};
