import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../kits/kit-support.js';
import {
  postSignIn,
  RecordingSignInMails,
  requestMagicLink,
  sessionCookieFrom,
  signInAsStaff,
  tokenFrom,
} from '../support/auth.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';

/**
 * Mail scanners open every link of a mail (HEAD, then GET) before the person does: opening the link
 * must not use it up. Only the page's button, a same-site form post, signs in.
 */
describe('a sign-in link opened by a mail scanner', () => {
  let t: TestHub;
  let mails: RecordingSignInMails;
  let staff: string;

  beforeAll(async () => {
    mails = new RecordingSignInMails();
    t = await createTestHub({ signInMails: mails });
    staff = t.config.HUB_STAFF_EMAILS[0]!;
  });

  async function linkFor(email: string): Promise<string> {
    const before = mails.sent.length;
    await requestMagicLink(t, email);
    const link = mails.sent.slice(before).find((sent) => sent.to === email);
    if (!link) throw new Error(`no link sent to ${email}`);
    return link.url;
  }

  /** What a scanner does with a link: HEAD, then GET; neither may sign in nor use the link up. */
  async function scan(url: string): Promise<{ head: Response; get: Response; page: string }> {
    const path = url.replace('http://localhost:3000', '');
    const head = await t.app.request(path, { method: 'HEAD' });
    const get = await t.app.request(path);
    return { head, get, page: await get.text() };
  }

  it('answers HEAD and GET with a French page and no cookie, and the button still signs staff in', async () => {
    const url = await linkFor(staff);
    const token = tokenFrom(url);

    const { head, get, page } = await scan(url);
    const first = await postSignIn(t, token);
    const second = await postSignIn(t, token);

    expect(head.status).toBe(200);
    expect(head.headers.getSetCookie()).toEqual([]);
    expect(await head.text()).toBe('');
    expect(get.status).toBe(200);
    expect(get.headers.getSetCookie()).toEqual([]);
    expect(get.headers.get('cache-control')).toBe('no-store');
    expect(page).toContain('<html lang="fr">');
    expect(page).toMatch(/<h1>[^<]+<\/h1>/);
    expect(page).toMatch(/<form method="post" action="\/auth\/callback"/);
    expect(page).toContain(`<input type="hidden" name="token" value="${token}"`);
    expect(page.match(/<button/g)).toHaveLength(1);

    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/admin');
    const cookie = sessionCookieFrom(first);
    expect((await t.app.request('/admin', { headers: { cookie } })).status).toBe(200);

    expect(second.status).toBe(410);
    expect(await second.text()).toContain('Ce lien de connexion n’est plus valable');
    expect(second.headers.getSetCookie()).toEqual([]);
  });

  it('sends a partner member to the portal once the button is pressed after a scan', async () => {
    const staffCookie = await signInAsStaff(t);
    const organisationId = await createOrganisation(t, staffCookie, 'Aimants du Rhône SAS');
    const email = uniqueEmail('membre');
    const invited = await t.app.request(`/api/admin/organisations/${organisationId}/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: staffCookie },
      body: JSON.stringify({ email, name: 'Léa' }),
    });
    expect(invited.status).toBe(201);
    const url = await linkFor(email);

    const { head, get } = await scan(url);
    const first = await postSignIn(t, tokenFrom(url));
    const second = await postSignIn(t, tokenFrom(url));

    expect([head.status, get.status]).toEqual([200, 200]);
    expect([...head.headers.getSetCookie(), ...get.headers.getSetCookie()]).toEqual([]);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/kits');
    expect(sessionCookieFrom(first)).toMatch(/^hub_session=/);
    expect(second.status).toBe(410);
  });

  it('refuses the button pressed from another site, and leaves the link usable', async () => {
    const token = tokenFrom(await linkFor(staff));

    const foreign = await postSignIn(t, token, { origin: 'https://evil.example' });
    const own = await postSignIn(t, token);

    expect(foreign.status).toBe(403);
    expect(foreign.headers.getSetCookie()).toEqual([]);
    expect(own.status).toBe(303);
  });

  it('refuses a post without a token, and one with a forged token', async () => {
    const missing = await t.app.request('/auth/callback', {
      method: 'POST',
      headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });

    expect(missing.status).toBe(400);
    expect((await postSignIn(t, 'abc')).status).toBe(410);
  });
});
