import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { lastMailTo, rawMailsTo } from '../support/local-mailbox.js';
import { NEWSLETTER_CONSENT_VERSION } from '../../functions/newsletter/newsletter-rules.js';
import { confirmTokenFromMail, form, json, subscribe } from './helpers.js';

describe('newsletter subscriptions with double opt-in', () => {
  let t: TestHub;
  beforeAll(async () => {
    // One address asks again within ten minutes here, past the limit of confirmation mails (#14).
    t = await createTestHub({}, { HUB_RATE_LIMITS: 'off' });
    await t.hub.newsletter.seedTopics();
  });

  it('lists the seeded topics', async () => {
    const response = await t.app.request('/api/newsletter/topics');

    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { slug: string; name: string }[] };
    expect(items.map((topic) => topic.name).sort()).toEqual(
      ['Actualités de la filière', 'Formations', 'Journées techniques', 'Webinaires'].sort(),
    );
  });

  it('answers 202, mails a confirmation link, and subscribes only once the link is POSTed', async () => {
    const email = uniqueEmail('abonne');

    const response = await subscribe(t, email, ['webinaires', 'formations'], { firstName: 'Inès' });

    expect(response.status).toBe(202);
    const mail = await lastMailTo(email);
    expect(mail.subject).toBe('Confirmez votre abonnement à la lettre de la filière');
    expect(mail.text).toContain('Bonjour,');
    expect(mail.text).not.toContain('Inès');
    const token = await confirmTokenFromMail(email);
    const page = await t.app.request(`/newsletter/confirm?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Confirmer mon abonnement</button>');
    expect((await t.hub.subscriberStore.get(email, new Date()))?.status).toBe('pending');

    const confirmed = await t.app.request('/newsletter/confirm', form({ token }));

    expect(confirmed.status).toBe(200);
    const subscriber = await t.hub.subscriberStore.get(email, new Date());
    expect(subscriber).toMatchObject({
      status: 'confirmed',
      firstName: 'Inès',
      topics: ['webinaires', 'formations'],
    });
    expect(subscriber?.consent).toMatchObject({
      source: 'newsletter-api',
      textVersion: NEWSLETTER_CONSENT_VERSION,
    });
    expect(Date.parse(subscriber?.consent?.at ?? '')).not.toBeNaN();
    expect(Date.parse(subscriber?.consent?.confirmedAt ?? '')).not.toBeNaN();
    expect(subscriber?.ttl).toBeUndefined();
  });

  it('confirms through the API, and a second use of the link changes nothing', async () => {
    const email = uniqueEmail('api');
    await subscribe(t, email);
    const token = await confirmTokenFromMail(email);

    const first = await t.app.request('/api/newsletter/confirm', json({ token }));
    const again = await t.app.request('/api/newsletter/confirm', json({ token }));

    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ email, status: 'confirmed', topics: ['webinaires'] });
    expect(again.status).toBe(200);
  });

  it('accepts the public page form and answers with a page', async () => {
    const email = uniqueEmail('formulaire');

    const response = await t.app.request(
      '/api/newsletter/subscriptions',
      form({ email, topics: ['formations', 'webinaires'], consent: 'on' }),
    );

    expect(response.status).toBe(202);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('Vérifiez votre boîte mail');
    expect((await t.hub.subscriberStore.get(email, new Date()))?.pending?.consent.source).toBe(
      'newsletter-form',
    );
  });

  it('shows the subscription form on /newsletter', async () => {
    const response = await t.app.request('/newsletter');

    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('action="/api/newsletter/subscriptions"');
    expect(html).toContain('value="journees-techniques"');
  });

  it.each([
    ['a line break in the first name', { firstName: 'Eve\r\nBcc: victime@exemple.fr' }, 'firstName'],
    ['markup in the first name', { firstName: '<script>alert(1)</script>' }, 'firstName'],
    ['an unknown topic', { topics: ['casino'] }, 'topics'],
    ['no topic', { topics: [] }, 'topics'],
    ['no consent', { consent: false }, 'consent'],
    ['a header in the address', { email: 'eve@exemple.fr\r\nBcc: victime@exemple.fr' }, 'email'],
  ])('refuses %s with 400 and sends nothing', async (_label, change, field) => {
    const email = uniqueEmail('hostile');

    const response = await t.app.request(
      '/api/newsletter/subscriptions',
      json({ email, topics: ['webinaires'], consent: true, ...change }),
    );

    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toContain(field);
    expect(await rawMailsTo(email)).toHaveLength(0);
  });

  it('refuses a forged confirmation token', async () => {
    const response = await t.app.request('/api/newsletter/confirm', json({ token: 'abc.def.ghi' }));

    expect(response.status).toBe(400);
  });

  it('lets an older link fail once a newer request replaced it', async () => {
    const email = uniqueEmail('relance');
    await subscribe(t, email);
    const older = await confirmTokenFromMail(email);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await subscribe(t, email, ['formations']);
    const newer = await confirmTokenFromMail(email);

    const stale = await t.app.request('/api/newsletter/confirm', json({ token: older }));
    const fresh = await t.app.request('/api/newsletter/confirm', json({ token: newer }));

    expect(stale.status).toBe(410);
    expect(fresh.status).toBe(200);
    expect((await fresh.json()) as object).toMatchObject({ topics: ['formations'] });
  });
});
