import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { feed, invitation, type CalendarContext } from '../../functions/calendar/ics.js';
import { aRegistration, aWebinar, anEvent } from '../mail/fixtures.js';

const context: CalendarContext = {
  baseUrl: 'http://localhost:3000',
  organiser: { name: 'Filière aimants & terres rares AURA', email: 'evenements@filiere-aimants-aura.fr' },
  now: new Date('2026-02-01T12:00:00Z'),
};

/** Parses with ical.js (independent of the generator), registering the VTIMEZONEs it carries. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function lines(ics: string): string[] {
  return ics.split('\r\n').slice(0, -1);
}

describe('calendar invitation', () => {
  it('places the event at its Paris local time, across the daylight-saving change', () => {
    const event = anEvent({ startsAt: '2026-03-28T23:00:00+01:00', endsAt: '2026-03-29T04:00:00+02:00' });

    const { events } = parse(invitation(event, { method: 'REQUEST', includeJoinUrl: false }, context));

    const [vevent] = events;
    expect(vevent?.startDate.zone?.tzid).toBe('Europe/Paris');
    expect([vevent?.startDate.day, vevent?.startDate.hour, vevent?.startDate.minute]).toEqual([28, 23, 0]);
    expect([vevent?.endDate.day, vevent?.endDate.hour]).toEqual([29, 4]);
    expect(vevent?.startDate.toJSDate().toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(vevent?.endDate.toJSDate().toISOString()).toBe('2026-03-29T02:00:00.000Z');
  });

  it('is a REQUEST with a stable UID, the SEQUENCE, organiser, attendee, location and an alarm', () => {
    const event = anEvent({ sequence: 3 });
    const registration = aRegistration();

    const ics = invitation(event, { method: 'REQUEST', registration, includeJoinUrl: false }, context);

    const { calendar, events } = parse(ics);
    const vevent = events[0]!;
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevent.uid).toBe('evt01@filiere-hub');
    expect(vevent.sequence).toBe(3);
    expect(vevent.organizer).toBe('mailto:evenements@filiere-aimants-aura.fr');
    expect(vevent.attendees.map((attendee) => attendee.getFirstValue())).toEqual([
      'MAILTO:camille.durand@exemple.fr',
    ]);
    expect(vevent.location).toBe('Maison de la Chimie, 12 rue de la République, Lyon');
    expect(
      vevent.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString(),
    ).toBe('-PT1H');
    expect(ics).toMatch(/\r\nDTSTAMP:20260201T120000Z\r\n/);
    expect(ics).toMatch(/\r\nDTSTART;TZID=Europe\/Paris:20260329T093000\r\n/);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID', () => {
    const { calendar, events } = parse(
      invitation(anEvent({ sequence: 1 }), { method: 'CANCEL', includeJoinUrl: false }, context),
    );

    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events[0]?.uid).toBe('evt01@filiere-hub');
    expect(events[0]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('gives the join URL to a confirmed webinar registrant only', () => {
    const webinar = aWebinar();

    const seated = invitation(webinar, { method: 'REQUEST', includeJoinUrl: true }, context);
    const waiting = invitation(webinar, { method: 'REQUEST', includeJoinUrl: false }, context);

    expect(parse(seated).events[0]?.location).toBe(webinar.joinUrl);
    expect(parse(seated).events[0]?.description).toContain(webinar.joinUrl);
    expect(waiting).not.toContain('visio.exemple.fr');
    expect(parse(waiting).events[0]?.location).toBe('En ligne');
  });

  it('is valid RFC 5545 text: CRLF, lines folded at 75 octets, escaped text values', () => {
    const title = 'Aimants; terres rares, recyclage \\ valorisation — journée très détaillée pour les élus';
    const summary = 'Première ligne\nDeuxième ligne';

    const ics = invitation(
      anEvent({ title, summary }),
      { method: 'REQUEST', includeJoinUrl: false },
      context,
    );

    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines(ics)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain(
      'SUMMARY:Aimants\\; terres rares\\, recyclage \\\\ valorisation — journée',
    );
    const vevent = parse(ics).events[0]!;
    expect(vevent.summary).toBe(title);
    expect(vevent.description.startsWith(summary)).toBe(true);
  });
});

describe('calendar feed', () => {
  it('publishes every event under one calendar name, never with a join URL', () => {
    const events = [anEvent(), aWebinar()];

    const ics = feed(events, { ...context, name: 'Événements de la filière' });

    const { calendar, events: parsed } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Événements de la filière');
    expect(parsed.map((event) => event.uid)).toEqual(['evt01@filiere-hub', 'evt02@filiere-hub']);
    expect(ics).not.toContain('visio.exemple.fr');
    expect(parsed[1]?.component.getFirstPropertyValue('url')).toBe(
      'http://localhost:3000/evenements/webinaire-valorisation-terres-rares',
    );
    expect(parsed.every((event) => event.attendees.length === 0)).toBe(true);
  });
});
