import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { FixedClock } from '../../functions/shared/clock.js';
import {
  SVG,
  blobsSigningEarlier,
  createKit,
  jsonInit,
  newVersion,
  publish,
  sha256,
  uploadAsset,
} from './kit-support.js';

describe('kit versions and uploads', () => {
  let t: TestHub;
  let staff: string;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = await signInAsStaff(t);
  });

  async function announce(kitId: string, version: number, body: Record<string, unknown>) {
    return t.app.request(`/api/admin/kits/${kitId}/versions/${version}/assets`, jsonInit(staff, body));
  }

  it('creates a kit with a slug from its title and answers 201 {id, slug}', async () => {
    const first = await createKit(t, staff, { title: 'Kit presse — Journées 2026', audience: 'public' });
    const second = await createKit(t, staff, { title: 'Kit presse — Journées 2026', audience: 'public' });

    expect(first.slug).toBe('kit-presse-journees-2026');
    expect(second.slug).toBe('kit-presse-journees-2026-2');
  });

  it('refuses an audience naming an unknown organisation, and a malformed audience', async () => {
    const unknown = await t.app.request(
      '/api/admin/kits',
      jsonInit(staff, { title: 'X', description: '', audience: { organisations: ['inconnue'] } }),
    );
    const malformed = await t.app.request(
      '/api/admin/kits',
      jsonInit(staff, { title: 'X', audience: 'tous' }),
    );

    expect(unknown.status).toBe(400);
    expect(malformed.status).toBe(400);
  });

  it('records the SHA-256 of the stored bytes once the upload is confirmed', async () => {
    const kit = await createKit(t, staff, { title: 'Logos', audience: 'public' });
    const version = await newVersion(t, staff, kit.id);

    const asset = await uploadAsset(t, staff, kit.id, version, {
      name: 'logo.svg',
      contentType: 'image/svg+xml',
      body: SVG,
    });

    expect(asset.sha256).toBe(sha256(SVG));
  });

  it('refuses a confirmation before the bytes arrive, and deletes bytes of another size than announced', async () => {
    const kit = await createKit(t, staff, { title: 'Tailles', audience: 'public' });
    const version = await newVersion(t, staff, kit.id);
    const ticket = (await (
      await announce(kit.id, version, { name: 'a.txt', contentType: 'text/plain', size: 5 })
    ).json()) as {
      assetId: string;
      uploadUrl: string;
    };
    const confirm = () =>
      t.app.request(
        `/api/admin/kits/${kit.id}/versions/${version}/assets/${ticket.assetId}/complete`,
        jsonInit(staff),
      );

    const early = await confirm();
    // s3rver does not check signed headers (S3 would refuse this PUT): the hub's own check must catch it.
    await fetch(ticket.uploadUrl, {
      method: 'PUT',
      body: 'bien plus long',
      headers: { 'content-type': 'text/plain' },
    });
    const mismatch = await confirm();

    expect(early.status).toBe(409);
    expect(mismatch.status).toBe(400);
    expect(await t.hub.blobs.head(`kits/${kit.id}/assets/${ticket.assetId}`)).toBeUndefined();
  });

  it('refuses forbidden types, oversize files, and names with paths or control characters', async () => {
    const kit = await createKit(t, staff, { title: 'Refus', audience: 'public' });
    const version = await newVersion(t, staff, kit.id);
    const refused: [string, Record<string, unknown>, string][] = [
      ['HTML', { name: 'page.html', contentType: 'text/html', size: 10 }, 'contentType'],
      ['exécutable', { name: 'outil.exe', contentType: 'application/x-msdownload', size: 10 }, 'contentType'],
      ['trop gros', { name: 'film.mp4', contentType: 'video/mp4', size: 500 * 1024 * 1024 + 1 }, 'size'],
      ['vide', { name: 'vide.txt', contentType: 'text/plain', size: 0 }, 'size'],
      ['extension trompeuse', { name: 'logo.svg.html', contentType: 'image/svg+xml', size: 10 }, 'name'],
      ['remontée', { name: '../../etc/passwd.txt', contentType: 'text/plain', size: 10 }, 'name'],
      ['chemin Windows', { name: '..\\..\\boot.txt', contentType: 'text/plain', size: 10 }, 'name'],
      ['NUL', { name: 'logo\u0000.svg', contentType: 'image/svg+xml', size: 10 }, 'name'],
      ['retour à la ligne', { name: 'a\r\nb.txt', contentType: 'text/plain', size: 10 }, 'name'],
      ['bidi', { name: 'fdp\u202etxt.exe', contentType: 'text/plain', size: 10 }, 'name'],
      ['trop long', { name: `${'a'.repeat(1001)}.txt`, contentType: 'text/plain', size: 10 }, 'name'],
      ['point-point', { name: '..', contentType: 'text/plain', size: 10 }, 'name'],
    ];

    for (const [label, body, field] of refused) {
      const response = await announce(kit.id, version, body);
      expect(response.status, label).toBe(400);
      const problem = (await response.json()) as { errors: Record<string, string[]> };
      expect(Object.keys(problem.errors), label).toContain(field);
    }
    const detail = (await (
      await t.app.request(`/api/admin/kits/${kit.id}`, { headers: { cookie: staff } })
    ).json()) as {
      versions: { assets: unknown[] }[];
    };
    expect(detail.versions[0]?.assets).toEqual([]);
  });

  it('sanitises odd but harmless names: Unicode normalised, reserved characters replaced, long names cut', async () => {
    const kit = await createKit(t, staff, { title: 'Noms', audience: 'public' });
    const version = await newVersion(t, staff, kit.id);
    const cases: [string, string][] = [
      ['Cafe\u0301 “présentation”.txt', 'Café “présentation”.txt'],
      ['  rapport:final?.txt  ', 'rapport_final_.txt'],
      ['.cache.txt', 'cache.txt'],
      [`${'é'.repeat(300)}.txt`, `${'é'.repeat(116)}.txt`],
    ];

    for (const [raw, expected] of cases) {
      const asset = await uploadAsset(t, staff, kit.id, version, {
        name: raw,
        contentType: 'text/plain',
        body: 'x',
      });
      expect(asset.name).toBe(expected);
      expect(asset.name.normalize('NFC')).toBe(asset.name);
    }
  });

  it('keeps published versions immutable; a new version supersedes the previous, which staff still reach', async () => {
    const kit = await createKit(t, staff, { title: 'Versions', audience: 'public' });
    const v1 = await newVersion(t, staff, kit.id);
    const logo = await uploadAsset(t, staff, kit.id, v1, {
      name: 'logo.svg',
      contentType: 'image/svg+xml',
      body: SVG,
    });
    await publish(t, staff, kit.id, v1);

    const late = await announce(kit.id, v1, { name: 'b.txt', contentType: 'text/plain', size: 1 });
    const again = await t.app.request(`/api/admin/kits/${kit.id}/versions/${v1}/publish`, jsonInit(staff));
    const removal = await t.app.request(`/api/admin/kits/${kit.id}/versions/${v1}/assets/${logo.assetId}`, {
      method: 'DELETE',
      headers: { cookie: staff },
    });
    expect([late.status, again.status, removal.status]).toEqual([409, 409, 409]);

    const v2 = await newVersion(t, staff, kit.id, 'Nouvelle charte');
    const secondDraft = await t.app.request(`/api/admin/kits/${kit.id}/versions`, jsonInit(staff));
    expect(secondDraft.status).toBe(409);
    await uploadAsset(t, staff, kit.id, v2, {
      name: 'charte.txt',
      contentType: 'text/plain',
      body: 'Charte v2',
    });
    await publish(t, staff, kit.id, v2);

    const current = (await (await t.app.request(`/api/kits/${kit.slug}`)).json()) as {
      version: number;
      notes: string;
      assets: { name: string }[];
    };
    expect(current).toMatchObject({ version: 2, notes: 'Nouvelle charte' });
    expect(current.assets.map((asset) => asset.name)).toEqual(['logo.svg', 'charte.txt']);
    const admin = (await (
      await t.app.request(`/api/admin/kits/${kit.id}`, { headers: { cookie: staff } })
    ).json()) as {
      versions: { version: number; status: string }[];
    };
    expect(admin.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const old = await t.app.request(`/api/admin/kits/${kit.id}/versions/1/download.zip`, {
      headers: { cookie: staff },
    });
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toContain(`${kit.slug}-v1.zip`);
  });

  it('refuses to publish an empty version or one with a file still pending', async () => {
    const kit = await createKit(t, staff, { title: 'Vide', audience: 'public' });
    const version = await newVersion(t, staff, kit.id);
    const empty = await t.app.request(
      `/api/admin/kits/${kit.id}/versions/${version}/publish`,
      jsonInit(staff),
    );
    await announce(kit.id, version, { name: 'a.txt', contentType: 'text/plain', size: 3 });
    const pending = await t.app.request(
      `/api/admin/kits/${kit.id}/versions/${version}/publish`,
      jsonInit(staff),
    );

    expect(empty.status).toBe(409);
    expect(pending.status).toBe(409);
  });

  it('hands out download URLs that expire: a URL minted more than 5 minutes ago is refused', async () => {
    const kit = await createKit(t, staff, { title: 'Expiration', audience: 'public' });
    const version = await newVersion(t, staff, kit.id);
    const { assetId } = await uploadAsset(t, staff, kit.id, version, {
      name: 'a.txt',
      contentType: 'text/plain',
      body: 'abc',
    });
    await publish(t, staff, kit.id, version);
    const past = await createTestHub(
      {
        clock: new FixedClock(new Date(Date.now() - 6 * 60 * 1000)),
        blobs: blobsSigningEarlier(t, 6 * 60 * 1000),
      },
      { HUB_TABLE_NAME: t.config.HUB_TABLE_NAME },
    );

    const fresh = await t.app.request(`/api/kits/${kit.slug}/assets/${assetId}/download`);
    const stale = await past.app.request(`/api/kits/${kit.slug}/assets/${assetId}/download`);

    const expires = Number(new URL(fresh.headers.get('location')!).searchParams.get('X-Amz-Expires'));
    expect(expires).toBeLessThanOrEqual(15 * 60);
    expect((await fetch(fresh.headers.get('location')!)).status).toBe(200);
    expect((await fetch(stale.headers.get('location')!)).status).toBe(403);
  });
});
