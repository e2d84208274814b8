import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { signInAsStaff } from '../support/auth.js';
import { buildHub } from '../../functions/composition/hub.js';
import { createApp } from '../../functions/composition/full-app.js';
import { seedDemoData } from '../../functions/local/seed.js';
import { startLocalHub } from '../../functions/local/local-hub.js';
import { readLocalOptions } from '../../functions/local/local-options.js';
import { freePort } from '../../functions/local/free-port.js';
import type { Campaign } from '../../functions/campaigns/campaign.js';
import type { Subscriber } from '../../functions/newsletter/subscriber.js';

const seed = (t: TestHub) => seedDemoData(t.hub, (clock) => buildHub(t.config, t.clients, { clock }));

async function staffGet<T>(t: TestHub, cookie: string, path: string): Promise<T> {
  const response = await t.app.request(path, { headers: { cookie } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

interface Listed<T> {
  items: T[];
}

async function confirmedSubscribers(t: TestHub): Promise<Subscriber[]> {
  const all: Subscriber[] = [];
  let cursor: string | undefined;
  do {
    const page = await t.hub.subscriberStore.listByStatus('confirmed', cursor);
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

describe('the demo data of a first start', () => {
  let t: TestHub;
  let cookie: string;
  let seeded: boolean;

  beforeAll(async () => {
    t = await createTestHub({}, { HUB_RATE_LIMITS: 'off' });
    seeded = await seed(t);
    cookie = await signInAsStaff(t);
  }, 120_000);

  it('renders each description, as staff saving it would', async () => {
    const events = await t.hub.events.listAll();
    expect(seeded).toBe(true);
    for (const event of events) expect(event.descriptionHtml).toMatch(/^<(p|h2|ul)>/);
    expect(events.map((event) => event.descriptionHtml).join('')).toContain(
      '<strong>néodyme-fer-bore (NdFeB)</strong>',
    );
  });

  it('holds registrations, some waitlisted on a full event and some checked in at a past one', async () => {
    const events = await staffGet<Listed<{ id: string; endsAt: string; capacity?: number }>>(
      t,
      cookie,
      '/api/admin/events',
    );
    expect(events.items).toHaveLength(4);
    const registrations = await Promise.all(
      events.items.map(async (event) => ({
        event,
        items: (
          await staffGet<Listed<{ status: string; checkedInAt?: string }>>(
            t,
            cookie,
            `/api/admin/events/${event.id}/registrations`,
          )
        ).items,
      })),
    );
    const all = registrations.flatMap(({ items }) => items);
    expect(all.length).toBeGreaterThanOrEqual(36);
    const full = registrations.find(({ items }) => items.some((r) => r.status === 'waitlisted'));
    expect(full?.items.filter((r) => r.status === 'confirmed')).toHaveLength(full?.event.capacity ?? -1);
    expect(all.filter((r) => r.status === 'waitlisted').length).toBeGreaterThan(0);
    const past = registrations.find(({ event }) => Date.parse(event.endsAt) < Date.now());
    expect(past?.items.filter((r) => r.checkedInAt).length).toBeGreaterThan(0);
  });

  it('holds a few dozen confirmed subscribers, with the consent proof the service records', async () => {
    const subscribers = await confirmedSubscribers(t);
    expect(subscribers.length).toBeGreaterThanOrEqual(24);
    for (const subscriber of subscribers) {
      expect(subscriber.consent).toMatchObject({
        source: 'newsletter-form',
        textVersion: expect.any(String),
      });
      expect(subscriber.consent?.confirmedAt).toBeDefined();
    }
  });

  it('gives the technical day a programme whose speaker without consent stays hidden', async () => {
    const { items } = await staffGet<Listed<{ slug: string; kind: string }>>(t, cookie, '/api/events');
    const day = items.find((event) => event.kind === 'technical-day')!;
    const { sessions } = await staffGet<{ sessions: { speakers: { name: string }[] }[] }>(
      t,
      cookie,
      `/api/events/${day.slug}/programme`,
    );
    expect(sessions).toHaveLength(5);
    const names = sessions.flatMap((session) => session.speakers.map((speaker) => speaker.name));
    expect(names).toContain('Claire Martin');
    expect(names).not.toContain('Sophie Bernard');
  });

  it('holds a sent campaign with its statistics and a scheduled one', async () => {
    const campaigns = (await staffGet<Listed<Campaign>>(t, cookie, '/api/admin/campaigns')).items;
    const sent = campaigns.filter((campaign) => campaign.status === 'sent');
    const scheduled = campaigns.filter((campaign) => campaign.status === 'scheduled');
    expect(sent).toHaveLength(1);
    expect(scheduled).toHaveLength(1);
    const { stats } = sent[0]!;
    expect(stats.sent).toBeGreaterThanOrEqual(24);
    expect(stats.delivered).toBeGreaterThan(0);
    expect(stats.delivered).toBeLessThan(stats.sent);
    expect(stats.bounced).toBeGreaterThan(0);
    expect(stats.opened).toBeGreaterThan(0);
    expect(stats.clicked).toBeGreaterThan(0);
    expect(Date.parse(scheduled[0]!.scheduledAt!)).toBeGreaterThan(Date.now());
  });

  it('holds a public press kit of three files with downloads, and a partner with their kit', async () => {
    const kits = (
      await staffGet<Listed<{ id: string; audience: unknown; currentVersion?: number }>>(
        t,
        cookie,
        '/api/admin/kits',
      )
    ).items;
    const press = kits.find((kit) => kit.audience === 'public');
    const partners = kits.find((kit) => kit.audience === 'partners');
    expect(press?.currentVersion).toBe(1);
    expect(partners?.currentVersion).toBe(1);
    const detail = await staffGet<{ versions: { assets: unknown[] }[] }>(
      t,
      cookie,
      `/api/admin/kits/${press!.id}`,
    );
    expect(detail.versions[0]?.assets).toHaveLength(3);
    const downloads = await staffGet<Listed<unknown>>(t, cookie, `/api/admin/kits/${press!.id}/downloads`);
    expect(downloads.items.length).toBeGreaterThan(0);

    const organisations = (await staffGet<Listed<{ id: string }>>(t, cookie, '/api/admin/organisations'))
      .items;
    expect(organisations).toHaveLength(1);
    const members = await staffGet<Listed<unknown>>(
      t,
      cookie,
      `/api/admin/organisations/${organisations[0]!.id}/members`,
    );
    expect(members.items).toHaveLength(1);
  });

  it('fills every dashboard panel for a newcomer, under a banner that says the data are a demo', async () => {
    const app = createApp(t.hub, { demoData: () => true });
    const response = await app.request('/admin', { headers: { cookie } });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('Données de démonstration');
    const sections = [...html.matchAll(/<section aria-labelledby="([^"]+)">(.*?)<\/section>/gs)];
    expect(sections.map(([, id]) => id)).toEqual([
      'a-venir',
      'courbe',
      'campagnes-en-cours',
      'derniers-resultats',
      'telechargements-kits',
      'rebonds',
      'evenements',
    ]);
    const empty = /Aucun|Aucune|momentanément indisponibles/;
    for (const [, id, content] of sections) expect(content, id).not.toMatch(empty);
    expect(html).toMatch(/Rebond définitif :\s*<strong>1\u00a0adresse supprimée/);
  });

  it('seeds nothing on a second start, the data being there', async () => {
    const before = (await staffGet<Listed<unknown>>(t, cookie, '/api/admin/campaigns')).items.length;

    expect(await seed(t)).toBe(false);
    expect(await t.hub.events.listAll()).toHaveLength(4);
    expect((await staffGet<Listed<unknown>>(t, cookie, '/api/admin/campaigns')).items).toHaveLength(before);
    expect((await t.hub.kits.listKits()).length).toBe(2);
  });

  it('says nothing of a demo on a hub that has none', async () => {
    const html = await (await t.app.request('/admin', { headers: { cookie } })).text();
    expect(html).not.toContain('Données de démonstration');
  });
});

describe('HUB_SEED', () => {
  it('seeds by default, and 0 turns it off', () => {
    expect(readLocalOptions({}).seed).toBe(true);
    expect(readLocalOptions({ HUB_SEED: '0' }).seed).toBe(false);
    expect(() => readLocalOptions({ HUB_SEED: 'peut-être' })).toThrow(/HUB_SEED/);
  });

  it('at 0, a first start of the local hub seeds nothing', { timeout: 120_000 }, async () => {
    const local = await startLocalHub({
      ...readLocalOptions({ HUB_MEMORY: '1', HUB_SEED: '0' }),
      port: await freePort(),
    });
    try {
      expect(local.seeded).toBe(false);
      expect(await local.hub.events.listAll()).toEqual([]);
      expect(await local.hub.campaigns.list()).toEqual([]);
      expect(await local.hub.kits.listKits()).toEqual([]);
    } finally {
      await local.stop();
    }
  });
});
