import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { lastMailTo } from '../support/local-mailbox.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { json, subscribe } from './helpers.js';

const ENGLISH_DATE_TIME =
  /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d \(Paris time\)/;

describe('the language of a newsletter subscription', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub({}, { HUB_RATE_LIMITS: 'off' });
    await t.hub.newsletter.seedTopics();
    await t.hub.subscriberStore.putTopic({
      slug: 'webinaires',
      name: 'Webinaires',
      translations: { en: { name: 'Webinars' } },
    });
  });

  it('sends the double opt-in mail of an English request in English, to the English page', async () => {
    const email = uniqueEmail('abonne-en');

    expect((await subscribe(t, email, ['webinaires', 'formations'], { language: 'en' })).status).toBe(202);

    const mail = await lastMailTo(email);
    expect(mail.subject).toBe('Confirm your subscription to the sector’s newsletter');
    expect(mail.html).toContain('<html lang="en"');
    expect(mail.text).toContain('Hello,');
    // Topics without an English name keep their French one.
    expect(mail.text).toMatch(/on these topics: (Webinars, Formations|Formations, Webinars)\./);
    expect(mail.text).toMatch(ENGLISH_DATE_TIME);
    const link = /http:\/\/localhost:3000\/en\/newsletter\/confirm\?token=([^\s"<>]+)/.exec(mail.text ?? '');
    expect(link).not.toBeNull();

    const confirmed = await t.app.request(
      '/api/newsletter/confirm',
      json({ token: decodeURIComponent(link![1]!) }),
    );
    expect(confirmed.status).toBe(200);
    expect((await t.hub.subscriberStore.get(email, new Date()))?.language).toBe('en');
    const exported = await t.hub.personData.export(email);
    expect(exported.newsletter?.language).toBe('en');
  });

  it('keeps a request without a language French', async () => {
    const email = uniqueEmail('abonne-fr');

    await subscribe(t, email);

    const mail = await lastMailTo(email);
    expect(mail.subject).toBe('Confirmez votre abonnement à la lettre de la filière');
    expect(mail.text).toContain('http://localhost:3000/newsletter/confirm?token=');
  });

  it('sends an English registrant who ticked the box the English opt-in mail', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('inscrit-abonne-en');

    await register(t, event, registrationBody({ email, newsletter: true, language: 'en' }));

    const subjects = [(await lastMailTo(email)).subject];
    expect(subjects).toContain('Confirm your subscription to the sector’s newsletter');
  });

  it('refuses a language the hub does not speak', async () => {
    const response = await subscribe(t, uniqueEmail('abonne-de'), ['webinaires'], { language: 'de' });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors.language).toEqual([
      'La langue doit valoir fr ou en.',
    ]);
  });
});
