import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import {
  postSignIn,
  RecordingSignInMails,
  requestMagicLink,
  sessionCookieFrom,
  signInAsStaff,
  tokenFrom,
} from '../support/auth.js';
import { mailsTo } from '../support/ses-store.js';

const json = (cookie: string, body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', cookie },
  body: JSON.stringify(body),
});

describe('partner organisations and members', () => {
  let t: TestHub;
  let staff: string;
  let mails: RecordingSignInMails;
  beforeAll(async () => {
    mails = new RecordingSignInMails();
    t = await createTestHub({ signInMails: mails });
    staff = await signInAsStaff(t);
  });

  async function createOrganisation(name = 'Aimants du Rhône SAS'): Promise<string> {
    const response = await t.app.request('/api/admin/organisations', json(staff, { name }));
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  it('creates an organisation and lists it', async () => {
    const id = await createOrganisation('Recyclage Alpin');

    const list = await t.app.request('/api/admin/organisations', { headers: { cookie: staff } });

    expect(id).toMatch(/^[a-z0-9]+$/i);
    expect(((await list.json()) as { items: { id: string; name: string }[] }).items).toContainEqual(
      expect.objectContaining({ id, name: 'Recyclage Alpin' }),
    );
  });

  it('refuses an empty, multi-line or marked-up name with French messages', async () => {
    for (const name of ['', '  ', 'A\nB', '<script>x</script>']) {
      const response = await t.app.request('/api/admin/organisations', json(staff, { name }));
      expect(response.status, JSON.stringify(name)).toBe(400);
      const problem = (await response.json()) as { errors: Record<string, string[]> };
      expect(problem.errors.name?.[0]).toMatch(/[éèàù]|obligatoire|ligne|balisage/);
    }
  });

  it('invites a member: 201 and a French invitation mail with the sign-in link', async () => {
    const id = await createOrganisation();
    const email = uniqueEmail('partenaire');

    const response = await t.app.request(
      `/api/admin/organisations/${id}/members`,
      json(staff, { email: `  ${email.toUpperCase()} `, name: 'Camille Martin' }),
    );

    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ organisationId: id, email, name: 'Camille Martin' });
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe('Votre accès à l’espace partenaires — Aimants du Rhône SAS');
    expect(mail?.body.text).toContain('Bonjour Camille Martin');
    expect(mail?.body.text).toContain('http://localhost:3000/connexion');
    expect(mail?.body.html).toContain('href="http://localhost:3000/connexion"');
  });

  it('answers 404 for an unknown organisation and 409 for an address already member elsewhere', async () => {
    const a = await createOrganisation('A');
    const b = await createOrganisation('B');
    const email = uniqueEmail('double');
    expect(
      (await t.app.request(`/api/admin/organisations/${a}/members`, json(staff, { email, name: 'X' })))
        .status,
    ).toBe(201);

    const unknown = await t.app.request(
      '/api/admin/organisations/inconnue/members',
      json(staff, { email: uniqueEmail(), name: 'Y' }),
    );
    const again = await t.app.request(
      `/api/admin/organisations/${b}/members`,
      json(staff, { email, name: 'X' }),
    );

    expect(unknown.status).toBe(404);
    expect(again.status).toBe(409);
    const members = await t.app.request(`/api/admin/organisations/${b}/members`, {
      headers: { cookie: staff },
    });
    expect(((await members.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('lets a member sign in by magic link as a partner of their organisation, sent to the portal', async () => {
    const id = await createOrganisation();
    const email = uniqueEmail('membre');
    await t.app.request(`/api/admin/organisations/${id}/members`, json(staff, { email, name: 'Léa' }));

    await requestMagicLink(t, email);
    const link = mails.sent.find((sent) => sent.to === email);
    const callback = await postSignIn(t, tokenFrom(link!.url));

    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/kits');
    const cookie = sessionCookieFrom(callback);
    const sessionId = decodeURIComponent(cookie.split('=')[1]!).split('.')[0]!;
    expect(await t.hub.signIn.userFor(sessionId)).toMatchObject({
      email,
      role: 'partner',
      organisationId: id,
    });
    const admin = await t.app.request('/api/admin/kits', { headers: { cookie } });
    expect(admin.status).toBe(403);
  });

  it('sends no link to an address that is neither staff nor member', async () => {
    const email = uniqueEmail('inconnu');

    const response = await requestMagicLink(t, email);

    expect(response.status).toBe(202);
    expect(mails.sent.some((sent) => sent.to === email)).toBe(false);
  });
});
