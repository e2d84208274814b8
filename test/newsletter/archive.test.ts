import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/test-hub.js';
import {
  createCampaign,
  createCampaignHub,
  seedSubscriber,
  type CampaignTestHub,
} from '../campaigns/helpers.js';

const BASE = 'https://hub.filiere-aimants-aura.fr';
const HOSTILE = 'Lettre <script>alert("x")</script> ]]> & « terres rares »';

interface FeedEntry {
  title: { '#text': string; '@_type': string };
  id: string;
  updated: string;
  summary: { '#text': string };
  link: { '@_href': string };
}

function parseFeed(xml: string) {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
  const parsed = parser.parse(xml);
  return parsed.feed as { id: string; updated: string; entry?: FeedEntry[] };
}

describe('the public archive of sent campaigns', () => {
  let t: CampaignTestHub;
  let sent: string;
  let hostile: string;
  let draft: string;

  beforeAll(async () => {
    t = await createCampaignHub({}, { HUB_BASE_URL: BASE });
    await seedSubscriber(t, uniqueEmail('archives'), ['webinaires'], 'Zoé');
    sent = await createCampaign(t, { subject: 'Lettre de novembre : recyclage des aimants' });
    await t.api(`/api/admin/campaigns/${sent}/send`, { body: {} });
    await t.drain();
    hostile = await createCampaign(t, { subject: HOSTILE, preheader: 'Sommaire ]]> <b>gras</b>' });
    await t.api(`/api/admin/campaigns/${hostile}/send`, { body: {} });
    await t.drain();
    draft = await createCampaign(t, { subject: 'Brouillon à ne pas publier' });
  });

  it('lists sent campaigns only, newest first, with their Paris date and the feed announced', async () => {
    const response = await t.app.request('/newsletter/archives');
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('<html lang="fr"');
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/newsletter\/archives\/feed\.atom"/,
    );
    expect(html.indexOf(`/newsletter/archives/${hostile}`)).toBeGreaterThan(-1);
    expect(html.indexOf(`/newsletter/archives/${hostile}`)).toBeLessThan(
      html.indexOf(`/newsletter/archives/${sent}`),
    );
    expect(html).not.toContain(draft);
    expect(html).not.toContain('Brouillon à ne pas publier');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    const today = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date());
    expect(html).toContain(today);
  });

  it('serves the web version of a sent campaign with neutral links, no tracking and a no-script policy', async () => {
    const response = await t.app.request(`/newsletter/archives/${sent}`);
    const html = await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';

    expect(response.status).toBe(200);
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("default-src 'none'");
    expect(html).toContain('Lettre de novembre : recyclage des aimants');
    expect(html).toContain('href="https://filiere-aimants-aura.fr/evenements"');
    expect(html).toContain(`href="${BASE}/newsletter"`);
    expect(html).not.toContain('{{');
    expect(html).not.toContain('/newsletter/c/');
    expect(html).not.toContain('/newsletter/o/');
    expect(html).not.toContain('token=');
    expect(html).not.toContain('Zoé');
  });

  it('archives a campaign whose audience turned out empty, as it is marked sent at once', async () => {
    const nobody = await createCampaign(t, {
      subject: 'Lettre sans lecteur',
      audience: { topics: ['formations'] },
    });
    await t.api(`/api/admin/campaigns/${nobody}/send`, { body: {} });
    await t.drain();

    const status = ((await (await t.api(`/api/admin/campaigns/${nobody}`)).json()) as { status: string })
      .status;
    const list = await (await t.app.request('/newsletter/archives')).text();
    expect(status).toBe('sent');
    expect(list).toContain(`/newsletter/archives/${nobody}`);
  });

  it('answers 404 in French for a draft, a scheduled or a cancelled campaign, and an unknown id', async () => {
    const scheduled = await createCampaign(t);
    await t.api(`/api/admin/campaigns/${scheduled}/send`, {
      body: { at: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const cancelled = await createCampaign(t);
    await t.api(`/api/admin/campaigns/${cancelled}/cancel`, { body: {} });

    for (const id of [draft, scheduled, cancelled, 'inconnue']) {
      const response = await t.app.request(`/newsletter/archives/${id}`);
      expect(response.status, id).toBe(404);
      expect(await response.text()).toContain('Lettre introuvable');
    }
  });

  it('publishes a valid Atom 1.0 feed with absolute links, escaping a hostile subject', async () => {
    const response = await t.app.request('/newsletter/archives/feed.atom');
    const xml = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    const feed = parseFeed(xml);
    expect(feed.id).toBe(`${BASE}/newsletter/archives`);
    const ids = feed.entry?.map((entry) => entry.id) ?? [];
    expect(ids).toContain(`${BASE}/newsletter/archives/${hostile}`);
    expect(ids.indexOf(`${BASE}/newsletter/archives/${hostile}`)).toBeLessThan(
      ids.indexOf(`${BASE}/newsletter/archives/${sent}`),
    );
    const first = feed.entry!.find((entry) => entry.id.endsWith(hostile));
    expect(first!.title['#text']).toBe(HOSTILE);
    expect(first!.link['@_href']).toBe(`${BASE}/newsletter/archives/${hostile}`);
    expect(first!.summary['#text']).toBe('Sommaire ]]> <b>gras</b>');
    expect(Date.parse(first!.updated)).not.toBeNaN();
    expect(feed.updated).toBe(feed.entry![0]!.updated);
  });
});
