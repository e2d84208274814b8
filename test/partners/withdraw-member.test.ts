import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { itemsMentioning } from '../rgpd/rgpd-fixtures.js';
import {
  SVG,
  createKit,
  createOrganisation,
  jsonInit,
  newVersion,
  publish,
  signInAsMember,
  uploadAsset,
} from '../kits/kit-support.js';

const ORIGIN = 'http://localhost:3000';

/** Finding 13 of #14: a partner's membership can be withdrawn, and that ends their access at once. */
describe('withdrawing a partner member', () => {
  let t: TestHub;
  let staff: string;
  let organisation: string;

  const withdraw = (organisationId: string, emailSegment: string, cookie = staff) =>
    t.app.request(
      `/api/admin/organisations/${organisationId}/members/${emailSegment}`,
      jsonInit(cookie, undefined, 'DELETE'),
    );

  const kitTitles = async (cookie: string) => {
    const response = await t.app.request('/api/kits', { headers: { cookie } });
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: { title: string }[] }).items.map((kit) => kit.title);
  };

  const members = async (organisationId: string) => {
    const response = await t.app.request(`/api/admin/organisations/${organisationId}/members`, {
      headers: { cookie: staff },
    });
    return ((await response.json()) as { items: { email: string }[] }).items.map((member) => member.email);
  };

  async function expectNotFound(response: Response): Promise<void> {
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  }

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = await signInAsStaff(t);
    organisation = await createOrganisation(t, staff, 'Aimants du Rhône SAS');
    for (const [title, audience] of [
      ['Kit presse', 'public'],
      ['Kit partenaires', 'partners'],
    ] as const) {
      const kit = await createKit(t, staff, { title, audience });
      const version = await newVersion(t, staff, kit.id);
      await uploadAsset(t, staff, kit.id, version, {
        name: 'logo.svg',
        contentType: 'image/svg+xml',
        body: SVG,
      });
      await publish(t, staff, kit.id, version);
    }
  });

  it('answers 204, and the next request of the member’s existing session sees only public kits', async () => {
    const email = uniqueEmail('retire');
    const session = await signInAsMember(t, staff, organisation, email);
    expect(await kitTitles(session)).toEqual(expect.arrayContaining(['Kit presse', 'Kit partenaires']));

    const response = await withdraw(organisation, encodeURIComponent(email));

    expect(response.status).toBe(204);
    expect(await kitTitles(session)).toEqual(['Kit presse']);
    expect(await members(organisation)).not.toContain(email);
  });

  it('ends every session of the member, not only one', async () => {
    const email = uniqueEmail('deux-sessions');
    const first = await signInAsMember(t, staff, organisation, email);
    // A second device: the same link sign-in, a second session.
    const second = await signInAsStaff(t, email);
    const sessions = [first, second];
    for (const session of sessions) expect(await kitTitles(session)).toContain('Kit partenaires');

    expect((await withdraw(organisation, encodeURIComponent(email))).status).toBe(204);

    for (const session of sessions) expect(await kitTitles(session)).toEqual(['Kit presse']);
  });

  it('keeps the old session out after the address is invited again', async () => {
    const email = uniqueEmail('revenu');
    const old = await signInAsMember(t, staff, organisation, email);
    expect((await withdraw(organisation, encodeURIComponent(email))).status).toBe(204);

    const fresh = await signInAsMember(t, staff, organisation, email);

    expect(await kitTitles(fresh)).toContain('Kit partenaires');
    expect(await kitTitles(old)).toEqual(['Kit presse']);
  });

  it('withdraws whatever the case and encoding of the address in the path', async () => {
    const email = uniqueEmail('casse+etiquette');
    await signInAsMember(t, staff, organisation, email);

    const response = await withdraw(
      organisation,
      encodeURIComponent(email.toUpperCase()).replace('%40', '@'),
    );

    expect(response.status).toBe(204);
    expect(await members(organisation)).not.toContain(email);
  });

  it('answers 404 problem+json for an unknown member, a member of another organisation, an unknown organisation', async () => {
    const other = await createOrganisation(t, staff, 'Autre organisation');
    const elsewhere = uniqueEmail('ailleurs');
    const session = await signInAsMember(t, staff, other, elsewhere);

    await expectNotFound(await withdraw(organisation, encodeURIComponent(uniqueEmail('inconnu'))));
    await expectNotFound(await withdraw(organisation, encodeURIComponent(elsewhere)));
    await expectNotFound(await withdraw('inconnue', encodeURIComponent(elsewhere)));
    await expectNotFound(await withdraw(organisation, 'pas-une-adresse'));
    await expectNotFound(await withdraw(organisation, encodeURIComponent('../../ORG#x')));

    expect(await members(other)).toContain(elsewhere);
    expect(await kitTitles(session)).toContain('Kit partenaires');
  });

  it('withdraws once when two withdrawals race: one 204, one 404', async () => {
    const email = uniqueEmail('course');
    const session = await signInAsMember(t, staff, organisation, email);

    const statuses = await Promise.all([
      withdraw(organisation, encodeURIComponent(email)),
      withdraw(organisation, encodeURIComponent(email)),
    ]).then((responses) => responses.map((response) => response.status).sort());

    expect(statuses).toEqual([204, 404]);
    expect(await kitTitles(session)).toEqual(['Kit presse']);
  });

  it('is staff-only and refused from another site', async () => {
    const email = uniqueEmail('protege');
    const member = await signInAsMember(t, staff, organisation, email);

    expect((await withdraw(organisation, encodeURIComponent(email), '')).status).toBe(401);
    expect((await withdraw(organisation, encodeURIComponent(email), member)).status).toBe(403);
    const crossSite = await t.app.request(
      `/api/admin/organisations/${organisation}/members/${encodeURIComponent(email)}`,
      { method: 'DELETE', headers: { cookie: staff, origin: 'https://evil.example' } },
    );
    expect(crossSite.status).toBe(403);
    expect(await members(organisation)).toContain(email);
  });

  it('documents the route in /openapi.json', async () => {
    const document = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const route = document.paths['/api/admin/organisations/{id}/members/{email}']?.delete;
    expect(Object.keys(route?.responses ?? {})).toEqual(expect.arrayContaining(['204', '401', '404']));
  });

  describe('staff page', () => {
    const form = (fields: Record<string, string>, origin = ORIGIN): RequestInit => ({
      method: 'POST',
      headers: { cookie: staff, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

    it('lists the members with a « Retirer » button, withdraws by POST and keeps an audit entry', async () => {
      const email = uniqueEmail('page');
      const session = await signInAsMember(t, staff, organisation, email);
      const kitsPage = await (await t.app.request('/admin/kits', { headers: { cookie: staff } })).text();
      expect(kitsPage).toContain(`href="/admin/organisations/${organisation}"`);

      const page = await (
        await t.app.request(`/admin/organisations/${organisation}`, { headers: { cookie: staff } })
      ).text();
      expect(page).toContain('Aimants du Rhône SAS');
      expect(page).toContain(email);
      expect(page).toMatch(
        new RegExp(`<form method="post" action="/admin/organisations/${organisation}/membres/retirer"`),
      );
      expect(page).toMatch(/<button[^>]*>Retirer/);

      const done = await t.app.request(
        `/admin/organisations/${organisation}/membres/retirer`,
        form({ email }),
      );
      expect(done.status).toBe(303);
      const after = await (
        await t.app.request(done.headers.get('location')!, { headers: { cookie: staff } })
      ).text();

      expect(after).toContain('ne peut plus se connecter');
      expect(after).toContain('Historique');
      expect(after).toContain(`Accès retiré à ${email}`);
      expect(after).toContain(t.config.HUB_STAFF_EMAILS[0]!);
      expect(await kitTitles(session)).toEqual(['Kit presse']);
    });

    it('refuses a cross-site form and shows a French error for an unknown member', async () => {
      const email = uniqueEmail('page-protegee');
      await signInAsMember(t, staff, organisation, email);

      const crossSite = await t.app.request(
        `/admin/organisations/${organisation}/membres/retirer`,
        form({ email }, 'https://evil.example'),
      );
      const unknown = await t.app.request(
        `/admin/organisations/${organisation}/membres/retirer`,
        form({ email: uniqueEmail('absent') }),
      );

      expect(crossSite.status).toBe(403);
      expect(await members(organisation)).toContain(email);
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain('n’est pas membre');
    });
  });

  describe('erasure (RGPD)', () => {
    it('leaves no audit row holding a withdrawn member’s or a staff author’s address, and keeps the rows', async () => {
      const email = uniqueEmail('efface-apres-retrait');
      await signInAsMember(t, staff, organisation, email);
      expect((await withdraw(organisation, encodeURIComponent(email))).status).toBe(204);
      const kit = await createKit(t, staff, { title: 'Kit révoqué', audience: 'partners' });
      const link = (await (
        await t.app.request(`/api/admin/kits/${kit.id}/share-links`, jsonInit(staff, { expiresInDays: 1 }))
      ).json()) as { id: string };
      expect(
        (
          await t.app.request(
            `/api/admin/kits/${kit.id}/share-links/${link.id}`,
            jsonInit(staff, undefined, 'DELETE'),
          )
        ).status,
      ).toBe(204);
      const author = t.config.HUB_STAFF_EMAILS[0]!;
      expect((await t.hub.personData.export(email)).accessAudit).toEqual([
        { action: 'member-withdrawn', as: 'member', at: expect.any(String) },
      ]);

      const member = await t.hub.personData.erase(email);
      const staffAuthor = await t.hub.personData.erase(author);

      expect(member.erased.accessAuditAnonymised).toBe(1);
      expect(staffAuthor.erased.accessAuditAnonymised).toBeGreaterThanOrEqual(2);
      expect(await itemsMentioning(t, email)).toEqual([]);
      expect(await itemsMentioning(t, author)).toEqual([]);
      expect((await t.hub.partners.listWithdrawals(organisation)).length).toBeGreaterThan(0);
      expect(await t.hub.shareLinks.revocations(kit.id)).toEqual([
        expect.objectContaining({ linkId: link.id, by: 'adresse effacée' }),
      ]);
    });
  });
});
