import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { SVG, createKit, jsonInit, newVersion, publish, uploadAsset } from './kit-support.js';

const ORIGIN = 'http://localhost:3000';

interface ShareLink {
  id: string;
  url: string;
  expiresAt: string;
}

/** Finding 13 of #14: a kit share link can be revoked before it expires. */
describe('revoking a kit share link', () => {
  let t: TestHub;
  let staff: string;
  let kit: { id: string; slug: string; assetId: string };
  let otherKit: { id: string; slug: string };

  async function publishedKit(title: string) {
    const created = await createKit(t, staff, { title, audience: 'partners' });
    const version = await newVersion(t, staff, created.id);
    const { assetId } = await uploadAsset(t, staff, created.id, version, {
      name: 'logo.svg',
      contentType: 'image/svg+xml',
      body: SVG,
    });
    await publish(t, staff, created.id, version);
    return { ...created, assetId };
  }

  const createLink = async (kitId: string): Promise<ShareLink> => {
    const response = await t.app.request(
      `/api/admin/kits/${kitId}/share-links`,
      jsonInit(staff, { expiresInDays: 3 }),
    );
    expect(response.status).toBe(201);
    return (await response.json()) as ShareLink;
  };

  const revoke = (kitId: string, linkId: string, cookie = staff) =>
    t.app.request(`/api/admin/kits/${kitId}/share-links/${linkId}`, jsonInit(cookie, undefined, 'DELETE'));

  /** What the link's holder gets: the page, the JSON detail, a file and the ZIP. */
  async function statusesThrough(link: ShareLink): Promise<number[]> {
    const query = new URL(link.url).search;
    return Promise.all(
      [
        new URL(link.url).pathname + query,
        `/api/kits/${kit.slug}${query}`,
        `/api/kits/${kit.slug}/assets/${kit.assetId}/download${query}`,
        `/api/kits/${kit.slug}/download.zip${query}`,
      ].map(async (path) => (await t.app.request(path)).status),
    );
  }

  async function expectNotFound(response: Response): Promise<void> {
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  }

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = await signInAsStaff(t);
    kit = await publishedKit('Kit journalistes');
    otherKit = await publishedKit('Autre kit');
  });

  it('answers the link’s id beside its url and expiry', async () => {
    const link = await createLink(kit.id);

    expect(link).toEqual({ id: expect.any(String), url: expect.any(String), expiresAt: expect.any(String) });
    expect(link.url).toMatch(new RegExp(`^http://localhost:3000/kits/${kit.slug}\\?partage=`));
    expect(await statusesThrough(link)).toEqual([200, 200, 302, 302]);
  });

  it('revokes it: 204, then the link gives 404 everywhere while other links keep working', async () => {
    const revoked = await createLink(kit.id);
    const kept = await createLink(kit.id);

    const response = await revoke(kit.id, revoked.id);

    expect(response.status).toBe(204);
    expect(await statusesThrough(revoked)).toEqual([404, 404, 404, 404]);
    expect(await statusesThrough(kept)).toEqual([200, 200, 302, 302]);
    await expectNotFound(await revoke(kit.id, revoked.id));
  });

  it('answers 404 for an unknown link, a link of another kit, an unknown kit, and revokes nothing', async () => {
    const link = await createLink(otherKit.id);

    await expectNotFound(await revoke(kit.id, 'inconnu'));
    await expectNotFound(await revoke(kit.id, link.id));
    await expectNotFound(await revoke('inconnu', link.id));
    await expectNotFound(await revoke(kit.id, encodeURIComponent(`../${otherKit.id}/${link.id}`)));

    const query = new URL(link.url).search;
    expect((await t.app.request(`/api/kits/${otherKit.slug}${query}`)).status).toBe(200);
  });

  it('revokes once when two revocations race: one 204, one 404', async () => {
    const link = await createLink(kit.id);

    const statuses = await Promise.all([revoke(kit.id, link.id), revoke(kit.id, link.id)]).then((responses) =>
      responses.map((response) => response.status).sort(),
    );

    expect(statuses).toEqual([204, 404]);
    expect(await statusesThrough(link)).toEqual([404, 404, 404, 404]);
  });

  it('is staff-only and refused from another site', async () => {
    const link = await createLink(kit.id);

    expect((await revoke(kit.id, link.id, '')).status).toBe(401);
    const crossSite = await t.app.request(`/api/admin/kits/${kit.id}/share-links/${link.id}`, {
      method: 'DELETE',
      headers: { cookie: staff, origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(await statusesThrough(link)).toEqual([200, 200, 302, 302]);
  });

  it('documents the route and the link’s id in /openapi.json', async () => {
    const document = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    const route = document.paths['/api/admin/kits/{id}/share-links/{linkId}']?.delete;
    expect(Object.keys(route?.responses ?? {})).toEqual(expect.arrayContaining(['204', '401', '404']));
    const created = JSON.stringify(
      document.paths['/api/admin/kits/{id}/share-links']?.post?.responses['201'],
    );
    const schema = /"#\/components\/schemas\/([^"]+)"/.exec(created)?.[1];
    expect(document.components.schemas[schema!]?.required).toEqual(['id', 'url', 'expiresAt']);
  });

  describe('staff page', () => {
    const form = (origin = ORIGIN): RequestInit => ({
      method: 'POST',
      headers: { cookie: staff, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });

    it('lists the active links with a « Révoquer » button, revokes by POST and keeps an audit entry', async () => {
      const link = await createLink(kit.id);
      const page = await (
        await t.app.request(`/admin/kits/${kit.id}`, { headers: { cookie: staff } })
      ).text();
      const action = `/admin/kits/${kit.id}/partage/${link.id}/revoquer`;
      expect(page).toContain(`<form method="post" action="${action}"`);
      expect(page).toMatch(/<button[^>]*>Révoquer/);

      const done = await t.app.request(action, form());
      expect(done.status).toBe(303);
      const after = await (
        await t.app.request(done.headers.get('location')!, { headers: { cookie: staff } })
      ).text();

      expect(after).toContain('Lien de partage révoqué');
      expect(after).not.toContain(action);
      expect(after).toContain('Historique');
      expect(after).toContain(t.config.HUB_STAFF_EMAILS[0]!);
      expect(await statusesThrough(link)).toEqual([404, 404, 404, 404]);
    });

    it('refuses a cross-site form and shows a French error for an unknown link', async () => {
      const link = await createLink(kit.id);

      const crossSite = await t.app.request(
        `/admin/kits/${kit.id}/partage/${link.id}/revoquer`,
        form('https://evil.example'),
      );
      const unknown = await t.app.request(`/admin/kits/${kit.id}/partage/inconnu/revoquer`, form());

      expect(crossSite.status).toBe(403);
      expect(await statusesThrough(link)).toEqual([200, 200, 302, 302]);
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain('Ce lien de partage n’existe pas');
    });
  });
});
