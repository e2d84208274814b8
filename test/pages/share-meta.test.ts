import { beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { SECRET_JOIN_URL, technicalDayBody, webinarBody } from '../events/fixtures.js';
import { register } from '../registrations/fixtures.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { decodeEntities } from '../support/html-text.js';

const BASE = 'http://localhost:3000';

/** The head of a page: its meta tags by name or property, its canonical link, its JSON-LD blocks. */
function readHead(html: string) {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const attributes = (tag: string) =>
    Object.fromEntries(
      [...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, decodeEntities(value!)]),
    );
  const meta = new Map<string, string[]>();
  for (const [tag] of head.matchAll(/<meta [^>]*>/g)) {
    const { name, property, content } = attributes(tag);
    const key = property ?? name;
    if (key && content !== undefined) meta.set(key, [...(meta.get(key) ?? []), content]);
  }
  const canonical = [...head.matchAll(/<link [^>]*rel="canonical"[^>]*>/g)].map(
    ([tag]) => attributes(tag).href,
  );
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    ([, text]) => text!,
  );
  return { head, meta, canonical, jsonLd, one: (key: string) => meta.get(key)?.[0] };
}

async function page(t: TestHub, path: string) {
  const response = await t.app.request(path, { headers: { accept: 'text/html' } });
  const html = await response.text();
  return {
    status: response.status,
    html,
    csp: response.headers.get('content-security-policy'),
    ...readHead(html),
  };
}

async function published(t: TestHub, body: Record<string, unknown>): Promise<HubEvent> {
  const draft = await t.hub.events.create(body as NewEvent);
  return t.hub.events.publish(draft.id);
}

type EventLd = Record<string, unknown> & {
  location: Record<string, unknown> | Record<string, unknown>[];
  offers: Record<string, unknown>;
  organizer: Record<string, unknown>;
};

describe('sharing and structured data', () => {
  let t: TestHub;
  let day: HubEvent;
  let webinar: HubEvent;
  let cancelled: HubEvent;
  let full: HubEvent;
  let hostile: HubEvent;

  beforeAll(async () => {
    t = await createTestHub();
    day = await published(t, technicalDayBody({ title: 'Journée du partage' }));
    webinar = await published(t, webinarBody({ title: 'Webinaire du partage' }));
    cancelled = await published(t, technicalDayBody({ title: 'Journée annulée du partage' }));
    await t.hub.events.cancel(cancelled.id);
    full = await published(t, technicalDayBody({ title: 'Journée complète', capacity: 1, waitlist: true }));
    expect((await register(t, full)).status).toBeLessThan(300);
    hostile = await published(
      t,
      technicalDayBody({
        title: 'Injection </script><script>alert(1)</script>',
        summary: 'Résumé </SCRIPT><!-- & \u2028 "guillemets"',
      }),
    );
  });

  const publicPages = () => [
    '/',
    `/evenements/${day.slug}`,
    `/evenements/${webinar.slug}`,
    '/newsletter',
    '/newsletter/archives',
    '/accessibilite',
    '/mentions-legales',
    '/donnees-personnelles',
    '/connexion',
    '/kits',
  ];

  it('give every public page a description, an absolute canonical URL, Open Graph and a Twitter card', async () => {
    for (const path of publicPages()) {
      const { status, one, canonical, meta } = await page(t, path);
      expect(status, path).toBe(200);
      expect(canonical, path).toEqual([`${BASE}${path}`]);
      expect(one('description'), path).toMatch(/\S{3}/);
      expect(one('og:title'), path).toBeTruthy();
      expect(one('og:description'), path).toBe(one('description'));
      expect(['website', 'article'], path).toContain(one('og:type'));
      expect(one('og:url'), path).toBe(`${BASE}${path}`);
      expect(one('og:image'), path).toBe(`${BASE}/share.png`);
      expect(one('og:image:width'), path).toBe('1200');
      expect(one('og:image:height'), path).toBe('630');
      expect(one('og:locale'), path).toBe('fr_FR');
      expect(one('twitter:card'), path).toBe('summary_large_image');
      expect(one('twitter:title'), path).toBe(one('og:title'));
      expect(one('twitter:description'), path).toBe(one('description'));
      expect(one('twitter:image'), path).toBe(`${BASE}/share.png`);
      for (const key of ['og:url', 'og:image', 'twitter:image']) expect(new URL(one(key)!).origin).toBe(BASE);
      for (const [key, values] of meta) expect(values, `${path} ${key}`).toHaveLength(1);
    }
  });

  it('describe an event page by its summary, without the query string in its canonical URL', async () => {
    const { one, canonical } = await page(t, `/evenements/${day.slug}?utm_source=linkedin`);
    expect(one('description')).toBe(day.summary);
    expect(one('og:title')).toBe(day.title);
    expect(one('og:type')).toBe('article');
    expect(canonical).toEqual([`${BASE}/evenements/${day.slug}`]);
  });

  it('keep the canonical URL of an event page shown again after a refused registration', async () => {
    const response = await t.app.request(`/api/events/${day.slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE, accept: 'text/html' },
      body: new URLSearchParams({ firstName: '', email: 'pas-une-adresse' }).toString(),
    });
    expect(response.status).toBe(400);
    const { canonical, jsonLd } = readHead(await response.text());
    expect(canonical).toEqual([`${BASE}/evenements/${day.slug}`]);
    expect(jsonLd).toHaveLength(1);
  });

  it('describe an event on site as a schema.org Event, field by field', async () => {
    const { jsonLd } = await page(t, `/evenements/${day.slug}`);
    expect(jsonLd).toHaveLength(1);
    const data = JSON.parse(jsonLd[0]!) as EventLd;
    const url = `${BASE}/evenements/${day.slug}`;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe(day.title);
    expect(data.description).toBe(day.summary);
    expect(data.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
    expect(Date.parse(data.startDate as string)).toBe(Date.parse(day.startsAt));
    expect(Date.parse(data.endDate as string)).toBe(Date.parse(day.endsAt));
    expect(data.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(data.location).toEqual({
      '@type': 'Place',
      name: 'CCI Lyon Métropole',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '20 rue de la Bourse',
        addressLocality: 'Lyon',
        addressCountry: 'FR',
      },
    });
    expect(data.organizer).toEqual({
      '@type': 'Organization',
      name: 'Filière aimants & terres rares AURA',
      url: `${BASE}/`,
    });
    expect(data.offers).toEqual({
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
      url,
    });
    expect(data.inLanguage).toBe('fr');
  });

  it('place a webinar at its public page, never at its join link', async () => {
    const { html, jsonLd } = await page(t, `/evenements/${webinar.slug}`);
    expect(html).not.toContain(SECRET_JOIN_URL);
    expect(jsonLd.join('')).not.toContain('visio.exemple.fr');
    const data = JSON.parse(jsonLd[0]!) as EventLd;
    expect(JSON.stringify(data)).not.toContain(SECRET_JOIN_URL);
    expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(data.location).toEqual({ '@type': 'VirtualLocation', url: `${BASE}/evenements/${webinar.slug}` });
  });

  it('say a cancelled event is EventCancelled and a full one SoldOut', async () => {
    const cancelledLd = JSON.parse((await page(t, `/evenements/${cancelled.slug}`)).jsonLd[0]!) as EventLd;
    expect(cancelledLd.eventStatus).toBe('https://schema.org/EventCancelled');
    const fullLd = JSON.parse((await page(t, `/evenements/${full.slug}`)).jsonLd[0]!) as EventLd;
    expect(fullLd.offers.availability).toBe('https://schema.org/SoldOut');
    expect(fullLd.eventStatus).toBe('https://schema.org/EventScheduled');
  });

  it('keep a hostile title inside its JSON-LD block, read back intact', async () => {
    const { html, jsonLd, one } = await page(t, `/evenements/${hostile.slug}`);
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd[0]).not.toMatch(/<|>/);
    const data = JSON.parse(jsonLd[0]!) as EventLd;
    expect(data.name).toBe('Injection </script><script>alert(1)</script>');
    expect(data.description).toBe('Résumé </SCRIPT><!-- & \u2028 "guillemets"');
    expect(one('og:title')).toBe('Injection </script><script>alert(1)</script>');
  });

  it('leave the JSON-LD to a page policy that runs no inline script', async () => {
    const { csp } = await page(t, `/evenements/${day.slug}`);
    // A data block (type application/ld+json) is never executed, so script-src does not apply to it; the
    // policy stays strict (no 'unsafe-inline' script, no hash to maintain).
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('serve the default share image as a 1200×630 PNG', async () => {
    const response = await t.app.request('/share.png');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toContain('public');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBe(1200);
    expect(bytes.readUInt32BE(20)).toBe(630);
  });
});
