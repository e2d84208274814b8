import { beforeAll, describe, expect, it } from 'vitest';
import type { Attachment } from 'mailparser';
import { FixedClock } from '../../functions/shared/clock.js';
import { runReminders } from '../../functions/registrations/reminder-job.js';
import { readCancellationToken } from '../../functions/registrations/cancellation-link.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { lastMailTo, rawMailsTo } from '../support/local-mailbox.js';
import { notifierOfStoredPeople } from '../outbox/helpers.js';
import { postJson, publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { aRegistration, aWebinar } from './fixtures.js';

const DAY = 24 * 3_600_000;
const ENGLISH_DAY =
  /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

function calendarOf(attachments: Attachment[]) {
  const file = attachments.find((attachment) => attachment.filename?.endsWith('.ics'));
  return { name: file?.filename, text: file?.content.toString('utf8').replace(/\r\n[ \t]/g, '') ?? '' };
}

/** A webinar some weeks ahead, 09:30 to 11:00 in Paris: winter or summer, the wall clock is the same. */
function aComingWebinar(now: Date) {
  const day = new Date(now.getTime() + 40 * DAY).toISOString().slice(0, 10);
  const paris = (time: string) => new Date(`${day}T${time}:00Z`);
  const offset =
    (new Date(`${day}T12:00:00Z`).toLocaleString('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      hourCycle: 'h23',
    }) === '13'
      ? 1
      : 2) * 3_600_000;
  return aWebinar({
    startsAt: new Date(paris('09:30').getTime() - offset).toISOString(),
    endsAt: new Date(paris('11:00').getTime() - offset).toISOString(),
    translations: {
      en: { title: 'Webinar: adding value to rare earths', summary: 'Markets and <b>processes</b>.' },
    },
  });
}

describe('mails in the language of the person', () => {
  let t: TestHub;
  let clock: FixedClock;
  beforeAll(async () => {
    clock = new FixedClock(new Date());
    t = await createTestHub({ clock }, { HUB_RATE_LIMITS: 'off' });
  });

  it('confirms an English registrant in English, with English dates, links and invitation', async () => {
    const webinar = aComingWebinar(clock.now());
    const registration = aRegistration({
      email: uniqueEmail('english'),
      eventId: webinar.id,
      firstName: 'Alex',
      language: 'en',
    });

    await notifierOfStoredPeople(t).confirmed(webinar, registration);

    const mail = await lastMailTo(registration.email);
    expect(mail.subject).toBe('Registration confirmed: Webinar: adding value to rare earths');
    expect(mail.html).toContain('<html lang="en"');
    expect(mail.text).toContain('Hello Alex,');
    expect(mail.text).toMatch(new RegExp(`When: ${ENGLISH_DAY.source} from 09:30 to 11:00`));
    expect(mail.text).toContain(`Event page: http://localhost:3000/en/events/${webinar.slug}`);
    expect(mail.text).toContain('online, https://visio.exemple.fr/');
    expect(mail.text).not.toMatch(/Bonjour|Quand|inscription/);
    const link = /http:\/\/localhost:3000\/en\/registrations\/cancel\?token=([^\s"<>]+)/.exec(
      mail.text ?? '',
    );
    expect(readCancellationToken(t.hub.signer, decodeURIComponent(link?.[1] ?? ''))).toEqual({
      eventId: webinar.id,
      registrationId: registration.id,
    });
    const ics = calendarOf(mail.attachments);
    expect(ics.name).toBe('invitation.ics');
    expect(ics.text).toMatch(/^PRODID:.*\/\/EN$/m);
    expect(ics.text).toContain('SUMMARY:Webinar: adding value to rare earths');
    expect(ics.text).toContain('DESCRIPTION:Markets and <b>processes</b>.');
    expect(ics.text).toContain(`Event page: http://localhost:3000/en/events/${webinar.slug}`);
    expect(ics.text).toContain('Join link: https://visio.exemple.fr/');
    expect(ics.text).toContain('DESCRIPTION:Soon: Webinar: adding value to rare earths');
  });

  it('renders an English title’s markup inert in the HTML part and keeps the subject on one line', async () => {
    const webinar = aComingWebinar(clock.now());
    webinar.translations = { en: { title: '<img src=x onerror=alert(1)>\r\nBcc: x@exemple.fr' } };
    const registration = aRegistration({
      email: uniqueEmail('hostile'),
      eventId: webinar.id,
      language: 'en',
    });

    await notifierOfStoredPeople(t).confirmed(webinar, registration);

    const mail = await lastMailTo(registration.email);
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.subject).toBe('Registration confirmed: <img src=x onerror=alert(1)> Bcc: x@exemple.fr');
    expect(mail.bcc).toBeUndefined();
  });

  it('falls back on the French texts of an event that has no English version, the mail staying English', async () => {
    const webinar = aComingWebinar(clock.now());
    delete webinar.translations;
    const registration = aRegistration({
      email: uniqueEmail('repli'),
      eventId: webinar.id,
      language: 'en',
      status: 'waitlisted',
    });

    await notifierOfStoredPeople(t).waitlisted(webinar, registration);

    const mail = await lastMailTo(registration.email);
    expect(mail.subject).toBe(`Waiting list: ${webinar.title}`);
    expect(mail.text).toContain('online (the join link is for people whose registration is confirmed)');
    expect(mail.text).not.toContain('visio.exemple.fr');
  });

  it('keeps every later mail of an English registrant English, and a French registrant’s French', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const english = registrationBody({ email: uniqueEmail('later-en'), firstName: 'Alex', language: 'en' });
    const french = registrationBody({ email: uniqueEmail('plus-tard-fr'), firstName: 'Camille' });
    const englishId = ((await (await register(t, event, english)).json()) as { id: string }).id;
    await register(t, event, french); // waitlisted: promoted when the English registrant cancels

    const moved = new Date(new Date(event.startsAt).getTime() + DAY);
    await t.hub.events.patch(event.id, {
      startsAt: moved.toISOString(),
      endsAt: new Date(moved.getTime() + 8 * 3_600_000).toISOString(),
    });
    const current = await t.hub.events.get(event.id);
    await runReminders(t.hub, new Date(new Date(current.startsAt).getTime() - 20 * 3_600_000));
    const registration = await t.hub.registrationStore.get(event.id, englishId);
    const token = new URL(
      (await lastMailTo(english.email)).text!.match(
        /http:\/\/localhost:3000\/en\/registrations\/cancel\?token=\S+/,
      )![0],
    ).searchParams.get('token');
    expect(registration?.language).toBe('en');
    expect((await postJson(t, '/api/registrations/cancel', { token })).status).toBe(200);

    const englishSubjects = (await rawMailsTo(english.email)).map((mail) => mail.subject);
    const frenchSubjects = (await rawMailsTo(french.email)).map((mail) => mail.subject);
    expect(englishSubjects.sort()).toEqual(
      [
        `Registration confirmed: ${event.title}`,
        `New date or place: ${event.title}`,
        `Tomorrow: ${event.title}`,
        `Cancellation recorded: ${event.title}`,
      ].sort(),
    );
    expect(frenchSubjects.sort()).toEqual(
      [
        `Liste d’attente : ${event.title}`,
        `Une place s’est libérée, votre inscription est confirmée : ${event.title}`,
      ].sort(),
    );
    const cancellation = await lastMailTo(english.email);
    expect(calendarOf(cancellation.attachments).name).toBe('cancellation.ics');
    expect(calendarOf(cancellation.attachments).text).toContain('METHOD:CANCEL');
    expect(cancellation.text).toMatch(
      new RegExp(`\\(${ENGLISH_DAY.source} from \\d\\d:\\d\\d to \\d\\d:\\d\\d\\)`),
    );
  });

  it('tells an English registrant in English when staff cancel the event', async () => {
    const event = await publishedEvent(t);
    const english = registrationBody({ email: uniqueEmail('annule-en'), language: 'en' });
    await register(t, event, english);

    await t.hub.events.cancel(event.id);

    const mail = await lastMailTo(english.email);
    expect(mail.subject).toBe(`Event cancelled: ${event.title}`);
    expect(mail.html).toContain('See the next events');
    expect(mail.text).toContain('http://localhost:3000/en/');
  });
});
