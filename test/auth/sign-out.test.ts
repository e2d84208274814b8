import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';

describe('staff sign-out', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
  });

  it('revokes the session through the API: the old cookie no longer opens anything', async () => {
    const cookie = await signInAsStaff(t);

    const response = await t.app.request('/api/auth/sign-out', { method: 'POST', headers: { cookie } });
    const afterwards = await t.app.request('/admin', { headers: { cookie } });

    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toMatch(/^hub_session=; Max-Age=0; Path=\//);
    expect(afterwards.status).toBe(303);
    expect(afterwards.headers.get('location')).toBe('/connexion');
  });

  it('revokes the session from the staff pages’ button and goes back to the home page', async () => {
    const cookie = await signInAsStaff(t);

    const response = await t.app.request('/deconnexion', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
    });
    const afterwards = await t.app.request('/admin', { headers: { cookie } });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(afterwards.status).toBe(303);
  });

  it('refuses a sign-out form posted from another site', async () => {
    const cookie = await signInAsStaff(t);

    const response = await t.app.request('/deconnexion', {
      method: 'POST',
      headers: {
        cookie,
        origin: 'https://malveillant.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    const afterwards = await t.app.request('/admin', { headers: { cookie } });

    expect(response.status).toBe(403);
    expect(afterwards.status).toBe(200);
  });
});
