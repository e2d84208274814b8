import { beforeAll, describe, expect, it } from 'vitest';
import { buildPublicHub } from '../../functions/composition/public-hub.js';
import { createPublicApp } from '../../functions/composition/public-app.js';
import type { PublicApp } from '../../functions/http/env.js';
import { createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import { systemClock } from '../../functions/shared/clock.js';
import { LinkSigner } from '../../functions/shared/signed-links.js';
import { PUBLIC_ROUTES } from '../../lib/public-routes.js';
import { frenchPath } from '../../functions/i18n/page-paths.js';
import { publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { mailsTo } from '../support/ses-store.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';

/** A gateway route's path as a pattern: a `{variable}` is one path segment, as in API Gateway. */
const gatewayPattern = (path: string) => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);

describe('the public app', () => {
  let t: TestHub;
  let app: PublicApp;

  beforeAll(async () => {
    t = await createTestHub();
    await t.hub.newsletter.seedTopics();
    // As in Lambda, the public app queues its mails; the test hub's queue hands them to its mail worker.
    app = createPublicApp(
      buildPublicHub(t.config, t.clients, {
        clock: systemClock,
        signer: new LinkSigner(t.config.HUB_SIGNING_KEY),
        ...createMailOutbox(t.hub.mailQueue),
      }),
    );
  });

  it('serves the event pages and the public event API', async () => {
    const event = await publishedEvent(t);
    const list = await app.request('/', { headers: { accept: 'text/html' } });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(event.title);
    const page = await app.request(`/evenements/${event.slug}`);
    expect(page.status).toBe(200);
    const api = await app.request(`/api/events/${event.slug}`);
    expect(api.status).toBe(200);
    expect(await api.json()).toMatchObject({ slug: event.slug, title: event.title });
  });

  it('registers from JSON and mails the confirmation', async () => {
    const event = await publishedEvent(t);
    const body = registrationBody();
    const response = await app.request(`/api/events/${event.slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: 'confirmed' });
    expect((await mailsTo(body.email)).map((mail) => mail.subject)).toEqual([
      `Inscription confirmée : ${event.title}`,
    ]);
  });

  it('takes a newsletter subscription and mails its confirmation', async () => {
    const email = uniqueEmail('lectrice');
    const response = await app.request('/api/newsletter/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, topics: ['webinaires'], consent: true }),
    });
    expect(response.status).toBe(202);
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('serves the information pages, the newsletter page, the archive and its feed', async () => {
    for (const path of [
      '/accessibilite',
      '/mentions-legales',
      '/donnees-personnelles',
      '/newsletter',
      '/newsletter/archives',
    ])
      expect((await app.request(path)).status, path).toBe(200);
    const feed = await app.request('/newsletter/archives/feed.atom');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(await (await app.request('/health')).json()).toEqual({ status: 'ok' });
  });

  it('answers a staff page with the French 404 page, and the staff API, sign-in, calendars and the OpenAPI document with problem+json 404', async () => {
    const page = await app.request('/admin', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Page introuvable');
    for (const path of [
      '/api/admin/events',
      '/openapi.json',
      '/calendar.ics',
      '/api/auth/magic-link',
      '/kits',
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });

  it('sends the same security headers as the full app', async () => {
    const [publicPage, fullPage] = await Promise.all([
      app.request('/accessibilite'),
      t.app.request('/accessibilite'),
    ]);
    for (const header of ['content-security-policy', 'x-frame-options', 'strict-transport-security'])
      expect(publicPage.headers.get(header), header).toBe(fullPage.headers.get(header));
  });

  it('has exactly the routes the gateway sends to the public function', () => {
    const served = app.routes.filter((route) => route.method !== 'ALL');
    const gateway = PUBLIC_ROUTES.map(({ method, path }) => ({ method, pattern: gatewayPattern(path) }));
    // A sample value for each `:param`, to match the gateway's patterns.
    const sample = (path: string) => path.replace(/:[^/]+/g, 'x');
    const unrouted = served.filter(
      (route) =>
        !gateway.some(({ method, pattern }) => method === route.method && pattern.test(sample(route.path))),
    );
    expect(unrouted).toEqual([]);
    const unserved = PUBLIC_ROUTES.filter(
      ({ method, path }) =>
        !served.some((route) => route.method === method && gatewayPattern(path).test(sample(route.path))),
    );
    // An English path is served by its French page's route (functions/http/language-routing.ts).
    const english = (path: string) => path.startsWith('/en');
    expect(unserved.filter(({ path }) => !english(path))).toEqual([]);
    const unservedInEnglish = unserved.filter(({ method, path }) => {
      const french = frenchPath(path.replace(/\{[^}]+\}/g, 'x'));
      return !served.some(
        (route) =>
          route.method === method && french !== undefined && gatewayPattern(sample(route.path)).test(french),
      );
    });
    expect(unservedInEnglish).toEqual([]);
  });
});
