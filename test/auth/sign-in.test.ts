import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import { newToken } from '../../functions/shared/ids.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import {
  postSignIn,
  RecordingSignInMails,
  requestMagicLink,
  sessionCookieFrom,
  signInAsStaff,
  tokenFrom,
} from '../support/auth.js';

const MINUTE = 60_000;

describe('staff magic links', () => {
  let t: TestHub;
  let mails: RecordingSignInMails;
  let clock: FixedClock;
  let staff: string;

  beforeAll(async () => {
    mails = new RecordingSignInMails();
    clock = new FixedClock(new Date('2026-03-10T09:00:00Z'));
    // One address signs in many times here: more than the 3 links per 15 minutes of the limits (#14).
    t = await createTestHub({ signInMails: mails, clock }, { HUB_RATE_LIMITS: 'off' });
    staff = t.config.HUB_STAFF_EMAILS[0]!;
  });

  async function linkFor(email: string): Promise<string> {
    const before = mails.sent.length;
    await requestMagicLink(t, email);
    const link = mails.sent.slice(before).find((sent) => sent.to === email);
    if (!link) throw new Error('no link sent');
    return tokenFrom(link.url);
  }

  it('answers 202 with the same body for a staff address and an unknown one; only staff get a link', async () => {
    const before = mails.sent.length;
    const unknown = uniqueEmail('inconnu');

    const forStaff = await requestMagicLink(t, staff.toUpperCase());
    const forUnknown = await requestMagicLink(t, unknown);

    expect(forStaff.status).toBe(202);
    expect(forUnknown.status).toBe(202);
    expect(await forUnknown.text()).toBe(await forStaff.text());
    const sent = mails.sent.slice(before);
    expect(sent.map((link) => link.to)).toEqual([staff]);
    expect(sent[0]!.url).toMatch(/^http:\/\/localhost:3000\/auth\/callback\?token=[A-Za-z0-9_-]{43}$/);
    expect(sent[0]!.expiresAt.toISOString()).toBe('2026-03-10T09:15:00.000Z');
  });

  it('refuses a body that is not an e-mail address with a French problem', async () => {
    const cases: RequestInit[] = [
      { body: '{"email":', headers: { 'content-type': 'application/json' } },
      { body: JSON.stringify({ email: 'pas-une-adresse' }), headers: { 'content-type': 'application/json' } },
      {
        body: JSON.stringify({ email: 'a@b.fr\r\nBcc: x@y.fr' }),
        headers: { 'content-type': 'application/json' },
      },
      { body: JSON.stringify({}), headers: { 'content-type': 'application/json' } },
    ];
    for (const init of cases) {
      const response = await t.app.request('/api/auth/magic-link', { method: 'POST', ...init });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('signs in once per link, then refuses the same link', async () => {
    const token = await linkFor(staff);

    const first = await postSignIn(t, token);
    const second = await postSignIn(t, token);

    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/admin');
    expect(sessionCookieFrom(first)).toMatch(/^hub_session=/);
    expect(second.status).toBe(410);
    const page = await second.text();
    expect(page).toContain('Ce lien de connexion n’est plus valable');
    expect(page).toContain('href="/connexion"');
    expect(second.headers.getSetCookie()).toEqual([]);
  });

  it('accepts a link until it is 15 minutes old, not after', async () => {
    const fresh = await linkFor(staff);
    const stale = await linkFor(staff);

    clock.advance(15 * MINUTE - 1000);
    const justInTime = await postSignIn(t, fresh);
    clock.advance(2000);
    const openedTooLate = await t.app.request(`/auth/callback?token=${stale}`);
    const tooLate = await postSignIn(t, stale);

    expect(justInTime.status).toBe(303);
    expect(openedTooLate.status).toBe(410);
    expect(tooLate.status).toBe(410);
  });

  it('refuses forged, malformed and missing tokens', async () => {
    expect((await t.app.request(`/auth/callback?token=${newToken()}`)).status).toBe(410);
    expect((await t.app.request('/auth/callback?token=abc')).status).toBe(410);
    expect((await t.app.request('/auth/callback')).status).toBe(400);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site, expiring with the session', async () => {
    const response = await postSignIn(t, await linkFor(staff));

    const header = response.headers.getSetCookie()[0]!;
    expect(header).toMatch(/^hub_session=[^;]+\.[^;]+;/);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/');
    expect(header).toContain(`Max-Age=${12 * 60 * 60}`);
    expect(header).toContain(`Expires=${new Date(clock.now().getTime() + 12 * 3_600_000).toUTCString()}`);
    expect(header).not.toContain('Secure');
  });

  it('opens the staff pages with the session and closes them when the session expires', async () => {
    const cookie = await signInAsStaff(t);

    const during = await t.app.request('/admin', { headers: { cookie } });
    clock.advance(12 * 60 * MINUTE + 1000);
    const after = await t.app.request('/admin', { headers: { cookie } });

    expect(during.status).toBe(200);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/connexion');
  });

  it('refuses a cookie whose signature was tampered with', async () => {
    const cookie = await signInAsStaff(t);
    const [name, value] = cookie.split('=') as [string, string];
    const [id] = decodeURIComponent(value).split('.');

    const response = await t.app.request('/admin', { headers: { cookie: `${name}=${id}.AAAA` } });

    expect(response.status).toBe(303);
  });
});

describe('a staff member removed from the allow-list', () => {
  it('loses access at once, even with a session opened before', async () => {
    const t = await createTestHub({ signInMails: new RecordingSignInMails() });
    const cookie = await signInAsStaff(t);
    const later = await createTestHub(
      {},
      { HUB_TABLE_NAME: t.config.HUB_TABLE_NAME, HUB_STAFF_EMAILS: uniqueEmail('autre-equipe') },
    );

    const before = await t.app.request('/admin', { headers: { cookie } });
    const after = await later.app.request('/admin', { headers: { cookie } });

    expect(before.status).toBe(200);
    expect(after.status).toBe(303);
  });
});

describe('staff magic links through the local SES', () => {
  it('mails the link to staff and nothing to an unknown address', async () => {
    const staff = uniqueEmail('equipe');
    const unknown = uniqueEmail('inconnu');
    const t = await createTestHub({}, { HUB_STAFF_EMAILS: staff });

    await requestMagicLink(t, unknown);
    const cookie = await signInAsStaff(t, staff);

    expect(cookie).toMatch(/^hub_session=/);
    expect(await mailsTo(unknown)).toEqual([]);
    const [mail] = await mailsTo(staff);
    expect(mail?.body.text).toContain('http://localhost:3000/auth/callback?token=');
  });
});

describe('the session cookie outside localhost', () => {
  it('is Secure', async () => {
    const mails = new RecordingSignInMails();
    const t = await createTestHub(
      { signInMails: mails },
      { HUB_BASE_URL: 'https://hub.filiere-aimants-aura.fr' },
    );

    await requestMagicLink(t, t.config.HUB_STAFF_EMAILS[0]!);
    const response = await postSignIn(t, tokenFrom(mails.sent[0]!.url));

    expect(mails.sent[0]!.url).toMatch(/^https:\/\/hub\.filiere-aimants-aura\.fr\/auth\/callback\?token=/);
    expect(response.headers.getSetCookie()[0]).toContain('Secure');
  });
});

describe('the OpenAPI document', () => {
  it('describes the sign-in routes and the session cookie scheme', async () => {
    const t = await createTestHub();

    const document = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, { in: string; name: string }> };
    };

    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/auth/magic-link', '/api/auth/sign-out']),
    );
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({
      in: 'cookie',
      name: 'hub_session',
    });
  });
});
