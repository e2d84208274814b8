import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { FixedClock } from '../../functions/shared/clock.js';
import {
  SVG,
  createKit,
  createOrganisation,
  jsonInit,
  newVersion,
  publish,
  signInAsMember,
  uploadAsset,
} from './kit-support.js';

type ViewerName = 'anonyme' | 'membre de A' | 'membre de B' | 'équipe';
type KitName = 'public' | 'partenaires' | 'réservé à A' | 'non publié';
type Action = 'liste' | 'détail' | 'fichier' | 'ZIP';

const VIEWERS: ViewerName[] = ['anonyme', 'membre de A', 'membre de B', 'équipe'];
const KITS: KitName[] = ['public', 'partenaires', 'réservé à A', 'non publié'];
const ACTIONS: Action[] = ['liste', 'détail', 'fichier', 'ZIP'];

/** The matrix as the issue states it, written out rather than computed by the code under test. */
const MAY_SEE: Record<ViewerName, Record<KitName, boolean>> = {
  anonyme: { public: true, partenaires: false, 'réservé à A': false, 'non publié': false },
  'membre de A': { public: true, partenaires: true, 'réservé à A': true, 'non publié': false },
  'membre de B': { public: true, partenaires: true, 'réservé à A': false, 'non publié': false },
  équipe: { public: true, partenaires: true, 'réservé à A': true, 'non publié': false },
};

describe('kit access matrix (every viewer × kit × action)', () => {
  let t: TestHub;
  const cookies = {} as Record<ViewerName, string | undefined>;
  const kits = {} as Record<KitName, { id: string; slug: string; assetId: string }>;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    const staff = await signInAsStaff(t);
    const a = await createOrganisation(t, staff, 'Organisation A');
    const b = await createOrganisation(t, staff, 'Organisation B');
    cookies['anonyme'] = undefined;
    cookies['équipe'] = staff;
    cookies['membre de A'] = await signInAsMember(t, staff, a, uniqueEmail('a'));
    cookies['membre de B'] = await signInAsMember(t, staff, b, uniqueEmail('b'));
    const audiences: Record<KitName, unknown> = {
      public: 'public',
      partenaires: 'partners',
      'réservé à A': { organisations: [a] },
      'non publié': 'public',
    };
    for (const name of KITS) {
      const kit = await createKit(t, staff, { title: `Kit ${name}`, audience: audiences[name] });
      const version = await newVersion(t, staff, kit.id);
      const { assetId } = await uploadAsset(t, staff, kit.id, version, {
        name: 'logo.svg',
        contentType: 'image/svg+xml',
        body: SVG,
      });
      if (name !== 'non publié') await publish(t, staff, kit.id, version);
      kits[name] = { ...kit, assetId };
    }
  });

  async function attempt(viewer: ViewerName, kit: KitName, action: Action, query = ''): Promise<boolean> {
    const { slug, assetId } = kits[kit];
    const init: RequestInit = { headers: cookies[viewer] ? { cookie: cookies[viewer]! } : {} };
    const label = `${viewer} × ${kit} × ${action}`;
    if (action === 'liste') {
      const response = await t.app.request(`/api/kits${query}`, init);
      expect(response.status, label).toBe(200);
      const { items } = (await response.json()) as { items: { slug: string }[] };
      return items.some((item) => item.slug === slug);
    }
    const path = {
      détail: `/api/kits/${slug}`,
      fichier: `/api/kits/${slug}/assets/${assetId}/download`,
      ZIP: `/api/kits/${slug}/download.zip`,
    }[action];
    const response = await t.app.request(`${path}${query}`, init);
    if (response.status === 404) {
      // The same answer as for a kit that does not exist: nothing tells a restricted kit is there.
      expect(await response.json(), label).toEqual({
        type: 'https://filiere-hub.fr/problemes/introuvable',
        title: 'Introuvable',
        status: 404,
        detail: expect.any(String),
      });
      return false;
    }
    expect(response.status, label).toBe(action === 'détail' ? 200 : 302);
    if (action !== 'détail') {
      const target = await fetch(response.headers.get('location')!);
      expect(target.status, label).toBe(200);
      await target.arrayBuffer();
    }
    return true;
  }

  it('gives each viewer exactly the kits open to them, and 404 for the rest', async () => {
    let walked = 0;
    for (const viewer of VIEWERS) {
      for (const kit of KITS) {
        for (const action of ACTIONS) {
          expect(await attempt(viewer, kit, action), `${viewer} × ${kit} × ${action}`).toBe(
            MAY_SEE[viewer][kit],
          );
          walked++;
        }
      }
    }
    expect(walked).toBe(VIEWERS.length * KITS.length * ACTIONS.length);
  });

  it('opens a partners-only kit to anyone holding a share link, until it expires, and nothing else', async () => {
    const staff = cookies['équipe']!;
    const created = await t.app.request(
      `/api/admin/kits/${kits['partenaires'].id}/share-links`,
      jsonInit(staff, { expiresInDays: 2 }),
    );
    expect(created.status).toBe(201);
    const { url } = (await created.json()) as { url: string };
    const query = `?partage=${new URL(url).searchParams.get('partage')}`;

    for (const kit of KITS) {
      for (const action of ACTIONS) {
        const expected = kit === 'partenaires' || MAY_SEE['anonyme'][kit];
        expect(await attempt('anonyme', kit, action, query), `partage × ${kit} × ${action}`).toBe(expected);
      }
    }
    const later = await createTestHub(
      { clock: new FixedClock(new Date(Date.now() + 3 * 24 * 3600 * 1000)) },
      { HUB_TABLE_NAME: t.config.HUB_TABLE_NAME },
    );
    const expired = await later.app.request(`/api/kits/${kits['partenaires'].slug}${query}`);
    expect(expired.status).toBe(404);
    const forged = `?partage=${encodeURIComponent(`${query.slice(9, -3)}abc`)}`;
    expect(await attempt('anonyme', 'partenaires', 'détail', forged)).toBe(false);
  });

  it('answers 404 for an unknown kit and an unknown asset', async () => {
    expect((await t.app.request('/api/kits/inconnu')).status).toBe(404);
    expect((await t.app.request(`/api/kits/${kits['public'].slug}/assets/inconnu/download`)).status).toBe(
      404,
    );
  });
});
