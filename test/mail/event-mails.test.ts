import { beforeAll, describe, expect, it } from 'vitest';
import type { Attachment } from 'mailparser';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { lastMailTo, rawMailsTo } from '../support/local-mailbox.js';
import { mailsTo } from '../support/ses-store.js';
import { readCancellationToken } from '../../functions/registrations/cancellation-link.js';
import { aRegistration, aWebinar, anEvent } from './fixtures.js';
import { notifierOfStoredPeople } from '../outbox/helpers.js';
import type { RegistrationNotifier } from '../../functions/registrations/notifier.js';

function calendarOf(attachments: Attachment[]): string | undefined {
  return attachments.find((attachment) => attachment.filename?.endsWith('.ics'))?.content.toString('utf8');
}

describe('event mails through the local SES', () => {
  let t: TestHub;
  // The mails' registrations are fixtures: stored as they are mailed, as a registration would be.
  let notifier: RegistrationNotifier;
  beforeAll(async () => {
    t = await createTestHub();
    notifier = notifierOfStoredPeople(t);
  });

  it('confirms a webinar seat in French with a text part, the links and a REQUEST invitation holding the join URL', async () => {
    const webinar = aWebinar();
    const registration = aRegistration({ email: uniqueEmail('confirmee'), eventId: webinar.id });

    await notifier.confirmed(webinar, registration);

    const mail = await lastMailTo(registration.email);
    expect(mail.subject).toBe('Inscription confirmée : Webinaire : valoriser les terres rares');
    expect(mail.text).toContain('Bonjour Camille,');
    expect(mail.text).toContain('jeudi 10 décembre 2026 de 09:30 à 11:00');
    expect(mail.text).toContain(`http://localhost:3000/evenements/${webinar.slug}`);
    expect(mail.html).toContain('lang="fr"');
    const ics = calendarOf(mail.attachments);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics?.replace(/\r\n /g, '')).toContain(webinar.joinUrl);
    expect(mail.text).toContain(webinar.joinUrl);
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
  });

  it('carries a personal cancellation link that verifies for this registration', async () => {
    const registration = aRegistration({ id: 'reg-lien', email: uniqueEmail('lien') });

    await notifier.confirmed(anEvent(), registration);

    const mail = await lastMailTo(registration.email);
    const link = /http:\/\/localhost:3000\/inscriptions\/annuler\?token=([^\s"<>]+)/.exec(mail.text ?? '');
    expect(readCancellationToken(t.hub.signer, decodeURIComponent(link?.[1] ?? ''))).toEqual({
      eventId: 'evt01',
      registrationId: 'reg-lien',
    });
  });

  it('tells a waitlisted person neither the join URL nor sends an invitation', async () => {
    const webinar = aWebinar();
    const registration = aRegistration({ email: uniqueEmail('attente'), status: 'waitlisted' });

    await notifier.waitlisted(webinar, registration);

    const mail = await lastMailTo(registration.email);
    expect(mail.subject).toBe(`Liste d’attente : ${webinar.title}`);
    expect(calendarOf(mail.attachments)).toBeUndefined();
    expect(mail.raw).not.toContain('visio.exemple.fr');
  });

  it('sends the promoted person a REQUEST invitation', async () => {
    const registration = aRegistration({ email: uniqueEmail('promue') });

    await notifier.promoted(anEvent(), registration);

    const mail = await lastMailTo(registration.email);
    expect(mail.subject).toMatch(/^Une place s’est libérée/);
    expect(calendarOf(mail.attachments)).toContain('METHOD:REQUEST');
  });

  it('sends an update under the same UID with the new SEQUENCE, and a CANCEL when staff cancel', async () => {
    const registration = aRegistration({ email: uniqueEmail('maj') });
    const moved = anEvent({
      sequence: 2,
      startsAt: '2026-04-02T14:00:00+02:00',
      endsAt: '2026-04-02T18:00:00+02:00',
    });

    await notifier.eventUpdated(moved, registration);
    const update = await lastMailTo(registration.email);
    await notifier.eventCancelled({ ...moved, status: 'cancelled', sequence: 3 }, registration);
    const cancellation = await lastMailTo(registration.email);

    expect(update.subject).toBe(`Changement de date ou de lieu : ${moved.title}`);
    expect(update.text).toContain('jeudi 2 avril 2026 de 14:00 à 18:00');
    expect(calendarOf(update.attachments)).toMatch(/UID:evt01@filiere-hub\r\nSEQUENCE:2\r\n/);
    expect(cancellation.subject).toBe(`Événement annulé : ${moved.title}`);
    const cancel = calendarOf(cancellation.attachments);
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    expect(cancel).toMatch(/UID:evt01@filiere-hub\r\nSEQUENCE:3\r\n/);
  });

  it('reminds an hour before with the join link for a confirmed registrant only', async () => {
    const webinar = aWebinar();
    const seated = aRegistration({ email: uniqueEmail('rappel') });
    const waiting = aRegistration({ email: uniqueEmail('rappel-attente'), status: 'waitlisted' });

    await notifier.reminder(webinar, seated, 'hour-before');
    await notifier.reminder(webinar, waiting, 'hour-before');

    const [seatedMail, waitingMail] = await Promise.all([
      lastMailTo(seated.email),
      lastMailTo(waiting.email),
    ]);
    expect(seatedMail.subject).toBe(`Dans une heure : ${webinar.title}`);
    expect(seatedMail.text).toContain(webinar.joinUrl);
    expect(waitingMail.raw).not.toContain('visio.exemple.fr');
  });

  it('keeps hostile names escaped in the HTML and out of the headers', async () => {
    const registration = aRegistration({
      email: uniqueEmail('hostile'),
      firstName: '<script>alert(1)</script>',
    });
    const event = anEvent({ title: 'Atelier\r\nBcc: victime@exemple.fr "<b>"' });

    await notifier.confirmed(event, registration);

    const mail = await lastMailTo(registration.email);
    expect(mail.subject).toBe('Inscription confirmée : Atelier Bcc: victime@exemple.fr "<b>"');
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(mail.html).not.toContain('<script>');
  });

  it('sends the staff magic link, valid 15 minutes, shown in Paris time', async () => {
    const to = uniqueEmail('equipe');
    const url = 'http://localhost:3000/auth/callback?token=abc&x=1';

    await t.hub.signInMails.magicLink(to, url, new Date('2026-06-01T08:15:00Z'));

    const mail = await lastMailTo(to);
    expect(mail.subject).toBe('Votre lien de connexion au hub de la filière');
    expect(mail.text).toContain(url);
    expect(mail.text).toContain('15 minutes, jusqu’à 10:15 (heure de Paris)');
    expect(mail.html).toContain('href="http://localhost:3000/auth/callback?token=abc&amp;x=1"');
  });
});

describe('the recording tap in front of the local SES', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
  });

  it('keeps the raw source with custom headers, while the SES store stays readable', async () => {
    const to = uniqueEmail('entetes');

    const { messageId } = await t.hub.mailer.send({
      to: [to],
      subject: 'Lettre d’information : numéro 1',
      html: '<p>Bonjour</p>',
      text: 'Bonjour',
      headers: { 'List-Unsubscribe': '<https://exemple.fr/desabonnement?x=1>' },
    });

    const [recorded] = await rawMailsTo(to);
    expect(recorded?.id).toBe(messageId);
    expect(recorded?.subject).toBe('Lettre d’information : numéro 1');
    expect(recorded?.to).toEqual([to]);
    expect(recorded?.raw).toContain('List-Unsubscribe: <https://exemple.fr/desabonnement?x=1>');
    expect((await mailsTo(to)).map((mail) => mail.subject)).toEqual(['Lettre d’information : numéro 1']);
  });
});
