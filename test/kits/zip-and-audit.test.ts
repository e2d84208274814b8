import { randomBytes } from 'node:crypto';
import { buffer as readAll } from 'node:stream/consumers';
import { beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { mailsTo } from '../support/ses-store.js';
import { newId } from '../../functions/shared/ids.js';
import { writeVersionZip } from '../../functions/kits/kit-zip.js';
import type { KitAsset } from '../../functions/kits/kit.js';
import {
  SVG,
  createKit,
  createOrganisation,
  newVersion,
  publish,
  sha256,
  signInAsMember,
  uploadAsset,
} from './kit-support.js';

interface Entry {
  name: string;
  sha256: string;
  size: number;
}

/** Reads a ZIP with yauzl, an unzip implementation independent of the one that wrote it. */
function unzip(buffer: Buffer): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, strictFileNames: true, validateEntrySizes: true },
      (error, zip) => {
        if (error) return reject(error);
        const entries: Entry[] = [];
        zip.on('entry', (entry: yauzl.Entry) => {
          zip.openReadStream(entry, (openError, stream) => {
            if (openError) return reject(openError);
            readAll(stream).then((body) => {
              entries.push({ name: entry.fileName, sha256: sha256(body), size: body.length });
              zip.readEntry();
            }, reject);
          });
        });
        zip.on('end', () => resolve(entries));
        zip.on('error', reject);
        zip.readEntry();
      },
    );
  });
}

async function fetchBuffer(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('version ZIP, download audit and update mails', () => {
  let t: TestHub;
  let staff: string;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = await signInAsStaff(t);
  });

  it('serves one ZIP per version, byte for byte what was uploaded, with safe unique entry names', async () => {
    const kit = await createKit(t, staff, { title: 'Archive', audience: 'public' });
    const version = await newVersion(t, staff, kit.id);
    const photo = randomBytes(3 * 1024 * 1024 + 17);
    const files = [
      { name: 'logo.svg', contentType: 'image/svg+xml', body: Buffer.from(SVG) },
      { name: 'logo.svg', contentType: 'image/svg+xml', body: Buffer.from(SVG.replace('10', '20')) },
      { name: 'Présentation ünïcode.txt', contentType: 'text/plain', body: Buffer.from('Bonjour') },
      { name: 'photo.jpg', contentType: 'image/jpeg', body: photo },
    ];
    for (const file of files) await uploadAsset(t, staff, kit.id, version, file);
    await publish(t, staff, kit.id, version);

    const redirect = await t.app.request(`/api/kits/${kit.slug}/download.zip`);
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get('location')!);
    expect(location.pathname).toBe(`/${t.config.HUB_KITS_BUCKET}/kits/${kit.id}/v1/archive-v1.zip`);
    const entries = await unzip(await fetchBuffer(location.href));

    expect(entries).toEqual([
      { name: 'logo.svg', sha256: sha256(files[0]!.body), size: files[0]!.body.length },
      { name: 'logo (2).svg', sha256: sha256(files[1]!.body), size: files[1]!.body.length },
      { name: 'Présentation ünïcode.txt', sha256: sha256('Bonjour'), size: 7 },
      { name: 'photo.jpg', sha256: sha256(photo), size: photo.length },
    ]);
  });

  it('writes safe entry names even for hostile names that never went through the upload checks', async () => {
    const key = `test/${newId()}.zip`;
    const hostile = [
      '../../evil.txt',
      '/etc/passwd',
      'a\u0000b.txt',
      'C:\\Windows\\x.txt',
      '..',
      `${'x'.repeat(400)}.txt`,
    ];
    const assets: KitAsset[] = [];
    for (const [index, name] of hostile.entries()) {
      const blobKey = `test/${newId()}`;
      await t.hub.blobs.put(blobKey, `contenu ${index}`, 'text/plain');
      assets.push({
        kitId: 'k',
        version: 1,
        id: String(index),
        name,
        contentType: 'text/plain',
        size: `contenu ${index}`.length,
        status: 'ready',
        blobKey,
        createdAt: new Date().toISOString(),
      });
    }

    await writeVersionZip(t.hub.blobs, assets, key);
    const chunks: Buffer[] = [];
    for await (const chunk of await t.hub.blobs.read(key)) chunks.push(chunk as Buffer);
    const entries = await unzip(Buffer.concat(chunks));

    expect(entries).toHaveLength(hostile.length);
    for (const entry of entries) {
      // eslint-disable-next-line no-control-regex
      expect(entry.name).not.toMatch(/[/\\\u0000]|^\.\.?$/);
      expect([...entry.name].length).toBeLessThanOrEqual(120);
    }
    expect(new Set(entries.map((entry) => entry.name)).size).toBe(hostile.length);
  });

  it('records one audit row per download, counts them per version and organisation, and exports CSV', async () => {
    const risky = await createOrganisation(t, staff, '=SOMME(A1:A9)');
    const other = await createOrganisation(t, staff, 'Aimants de Savoie');
    const member = await signInAsMember(t, staff, risky, uniqueEmail('audit'));
    const colleague = await signInAsMember(t, staff, other, uniqueEmail('audit'));
    const kit = await createKit(t, staff, { title: 'Audit', audience: 'partners' });
    const version = await newVersion(t, staff, kit.id);
    const { assetId } = await uploadAsset(t, staff, kit.id, version, {
      name: 'a.txt',
      contentType: 'text/plain',
      body: 'a',
    });
    await publish(t, staff, kit.id, version);

    const downloads = [
      await t.app.request(`/api/kits/${kit.slug}/assets/${assetId}/download`, {
        headers: { cookie: member },
      }),
      await t.app.request(`/api/kits/${kit.slug}/assets/${assetId}/download`, {
        headers: { cookie: member },
      }),
      await t.app.request(`/api/kits/${kit.slug}/download.zip`, { headers: { cookie: colleague } }),
      await t.app.request(`/api/kits/${kit.slug}/download.zip`),
    ];

    expect(downloads.map((response) => response.status)).toEqual([302, 302, 302, 404]);
    const stats = (await (
      await t.app.request(`/api/admin/kits/${kit.id}/downloads`, { headers: { cookie: staff } })
    ).json()) as {
      total: number;
      byVersion: unknown[];
      byOrganisation: { organisation: string; count: number }[];
      items: { file: string; via: string }[];
    };
    expect(stats.total).toBe(3);
    expect(stats.byVersion).toEqual([{ version: 1, count: 3 }]);
    expect(stats.byOrganisation).toEqual(
      expect.arrayContaining([
        { organisationId: risky, organisation: '=SOMME(A1:A9)', count: 2 },
        { organisationId: other, organisation: 'Aimants de Savoie', count: 1 },
      ]),
    );
    expect(stats.items.map((item) => [item.file, item.via])).toEqual([
      ['a.txt', 'partner'],
      ['a.txt', 'partner'],
      ['Archive ZIP', 'partner'],
    ]);

    const csv = await t.app.request(`/api/admin/kits/${kit.id}/downloads.csv`, {
      headers: { cookie: staff },
    });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Version;Organisation;Fichiers téléchargés;Archives ZIP;Total',
      "1;'=SOMME(A1:A9);2;0;2",
      '1;Aimants de Savoie;0;1;1',
      '',
    ]);
  });

  it('mails members who downloaded an earlier version what changed, unless they opted out', async () => {
    const organisation = await createOrganisation(t, staff, 'Suiveurs');
    const follower = uniqueEmail('suiveur');
    const quitter = uniqueEmail('quitte');
    const bystander = uniqueEmail('passif');
    const cookies = {
      follower: await signInAsMember(t, staff, organisation, follower),
      quitter: await signInAsMember(t, staff, organisation, quitter),
    };
    await signInAsMember(t, staff, organisation, bystander);
    const kit = await createKit(t, staff, { title: 'Charte graphique', audience: 'partners' });
    const v1 = await newVersion(t, staff, kit.id);
    await uploadAsset(t, staff, kit.id, v1, { name: 'logo.svg', contentType: 'image/svg+xml', body: SVG });
    await uploadAsset(t, staff, kit.id, v1, { name: 'ancien.txt', contentType: 'text/plain', body: 'x' });
    await publish(t, staff, kit.id, v1);
    for (const cookie of Object.values(cookies))
      await t.app.request(`/api/kits/${kit.slug}/download.zip`, { headers: { cookie } });
    const optOutUrl = t.hub.kits.optOutUrl(kit.id, quitter);
    const optOut = await t.app.request(new URL(optOutUrl).pathname + new URL(optOutUrl).search, {
      method: 'POST',
      headers: { origin: 'http://localhost:3000' },
    });
    expect(optOut.status).toBe(200);

    const v2 = await newVersion(t, staff, kit.id, 'Couleurs ajustées');
    const detail = (await (
      await t.app.request(`/api/admin/kits/${kit.id}`, { headers: { cookie: staff } })
    ).json()) as {
      versions: { version: number; assets: { id: string; name: string }[] }[];
    };
    const old = detail.versions.find((v) => v.version === v2)!.assets.find((a) => a.name === 'ancien.txt')!;
    await t.app.request(`/api/admin/kits/${kit.id}/versions/${v2}/assets/${old.id}`, {
      method: 'DELETE',
      headers: { cookie: staff },
    });
    await uploadAsset(t, staff, kit.id, v2, {
      name: 'charte.txt',
      contentType: 'text/plain',
      body: 'charte',
    });
    await publish(t, staff, kit.id, v2);

    const updates = async (address: string) =>
      (await mailsTo(address)).filter((mail) => mail.subject.startsWith('Nouvelle version'));
    const [mail, ...more] = await updates(follower);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe('Nouvelle version du kit « Charte graphique »');
    expect(mail?.body.text).toContain('- Ajouté : charte.txt');
    expect(mail?.body.text).toContain('- Retiré : ancien.txt');
    expect(mail?.body.text).toContain('Couleurs ajustées');
    expect(mail?.body.text).toContain('/kits/desabonnement?jeton=');
    expect(await updates(quitter)).toEqual([]);
    expect(await updates(bystander)).toEqual([]);
  });
});
