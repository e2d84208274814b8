import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPublicHub } from '../../functions/composition/public-hub.js';
import { createPublicApp } from '../../functions/composition/public-app.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { LinkSigner } from '../../functions/shared/signed-links.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { technicalDayBody, webinarBody } from '../events/fixtures.js';

const DAY = 24 * 60 * 60 * 1000;
const BASE = 'https://hub.filiere-aimants-aura.fr';

type Request = (path: string) => Promise<Response>;

describe('robots.txt, the sitemap and the icons', () => {
  let t: TestHub;
  let apps: [string, Request][];
  let upcoming: HubEvent;
  let past: HubEvent;
  let draft: HubEvent;

  beforeAll(async () => {
    // Events can only be published before they end: publish a month ago, then come back to today.
    const today = new Date();
    const clock = new FixedClock(new Date(today.getTime() - 40 * DAY));
    // A base URL with a trailing slash: the URLs must not hold `//`.
    t = await createTestHub({ clock }, { HUB_BASE_URL: `${BASE}/` });
    const publish = async (body: Record<string, unknown>) =>
      t.hub.events.publish((await t.hub.events.create(body as NewEvent)).id);
    past = await publish(technicalDayBody({ title: 'Journée passée' }, clock.now()));
    upcoming = await publish(webinarBody({ title: 'Webinaire à venir' }, today));
    draft = await t.hub.events.create(technicalDayBody({ title: 'Brouillon' }, today) as NewEvent);
    clock.set(today);
    const publicApp = createPublicApp(
      buildPublicHub(t.config, t.clients, {
        clock,
        signer: new LinkSigner(t.config.HUB_SIGNING_KEY),
        ...createMailOutbox(t.hub.mailQueue),
      }),
    );
    apps = [
      ['full app', async (path) => t.app.request(path)],
      ['public app', async (path) => publicApp.request(path)],
    ];
  });

  it('robots.txt names the sitemap and keeps crawlers off the console and the personal-link pages', async () => {
    for (const [name, request] of apps) {
      const response = await request('/robots.txt');
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe('text/plain; charset=UTF-8');
      expect(response.headers.get('cache-control'), name).toMatch(/^public, max-age=\d+$/);
      const lines = (await response.text()).split('\n');
      expect(lines, name).toContain('User-agent: *');
      expect(lines, name).toContain(`Sitemap: ${BASE}/sitemap.xml`);
      for (const path of [
        '/admin',
        '/api/admin',
        '/_local',
        '/auth/',
        '/inscriptions/annuler',
        '/newsletter/confirm',
        '/newsletter/unsubscribe',
        '/newsletter/preferences',
        '/kits/desabonnement',
      ])
        expect(lines, `${name} ${path}`).toContain(`Disallow: ${path}`);
      // Nothing closes the whole site.
      expect(
        lines.filter((line) => /^Disallow: \/?$/.test(line)),
        name,
      ).toEqual([]);
    }
  });

  it('the sitemap is well-formed XML naming the lasting pages and the published events, not the drafts', async () => {
    for (const [name, request] of apps) {
      const response = await request('/sitemap.xml');
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe('application/xml; charset=utf-8');
      expect(response.headers.get('cache-control'), name).toMatch(/^public, max-age=\d+$/);
      const xml = await response.text();
      expect(XMLValidator.validate(xml), name).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'url' }).parse(xml);
      expect(parsed.urlset['@_xmlns'], name).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      const urls = parsed.urlset.url as { loc: string; lastmod?: string }[];
      const locs = urls.map((url) => url.loc);
      for (const path of [
        '/evenements',
        '/evenements/passes',
        '/newsletter',
        '/newsletter/archives',
        '/kits',
      ])
        expect(locs, `${name} ${path}`).toContain(`${BASE}${path}`);
      for (const event of [upcoming, past])
        expect(urls, `${name} ${event.slug}`).toContainEqual(
          expect.objectContaining({ loc: `${BASE}/evenements/${event.slug}`, lastmod: event.updatedAt }),
        );
      expect(locs, name).not.toContain(`${BASE}/evenements/${draft.slug}`);
      expect(
        locs.filter((loc) => !loc.startsWith(`${BASE}/`) || loc.slice('https://'.length).includes('//')),
        name,
      ).toEqual([]);
    }
  });

  it('serves a real ICO favicon and the SVG icon', async () => {
    for (const [name, request] of apps) {
      const favicon = await request('/favicon.ico');
      expect(favicon.status, name).toBe(200);
      expect(favicon.headers.get('content-type'), name).toBe('image/x-icon');
      expect(favicon.headers.get('cache-control'), name).toMatch(/^public, max-age=\d+$/);
      const ico = new DataView(await favicon.arrayBuffer());
      // ICONDIR: reserved 0, type 1 (icon), one image of 16×16, whose bytes end the file.
      const header = [ico.getUint16(0, true), ico.getUint16(2, true), ico.getUint16(4, true)];
      expect(header, name).toEqual([0, 1, 1]);
      expect([ico.getUint8(6), ico.getUint8(7)], name).toEqual([16, 16]);
      expect(ico.getUint32(18, true) + ico.getUint32(14, true), name).toBe(ico.byteLength);

      const icon = await request('/icon.svg');
      expect(icon.status, name).toBe(200);
      expect(icon.headers.get('content-type'), name).toBe('image/svg+xml');
      expect(icon.headers.get('cache-control'), name).toMatch(/^public, max-age=\d+$/);
      const svg = await icon.text();
      expect(XMLValidator.validate(svg), name).toBe(true);
      expect(svg, name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  });
});
