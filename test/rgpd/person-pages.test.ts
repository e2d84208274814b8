import { beforeAll, describe, expect, it } from 'vitest';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier } from '../registrations/fixtures.js';
import { itemsMentioning, personWithEverything } from './rgpd-fixtures.js';

describe('the staff page /admin/personnes', () => {
  let t: TestHub;
  let cookie: string;
  const post = (path: string, fields: Record<string, string>) =>
    t.app.request(path, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  beforeAll(async () => {
    t = await createTestHub({ notifier: new RecordingNotifier(), signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
  });

  it('is listed in the staff navigation and asks for an address', async () => {
    const response = await t.app.request('/admin/personnes', { headers: { cookie } });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<a href="/admin/personnes" aria-current="page">Données personnelles</a>');
    expect(html).toContain('<input type="email" id="email" name="email"');
  });

  it('summarises, offers the export, and erases only after the confirmation step', async () => {
    const email = uniqueEmail('page');
    await personWithEverything(t, email);

    const summary = await (await post('/admin/personnes', { email })).text();
    expect(summary).toContain('abonnement confirmé');
    expect(summary).toContain(`href="/api/admin/people/${encodeURIComponent(email)}/export"`);
    expect(summary).toContain('Exporter (JSON)');

    const confirmation = await post('/admin/personnes/effacer', { email });
    expect(confirmation.status).toBe(200);
    expect(await confirmation.text()).toContain('Confirmer l’effacement');
    expect((await itemsMentioning(t, email)).length).toBeGreaterThan(0);

    const erased = await post('/admin/personnes/effacer', { email, confirmation: 'oui' });
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain('L’effacement est terminé.');
    expect(await itemsMentioning(t, email)).toEqual([]);
  });

  it('refuses a form post from another site', async () => {
    const response = await t.app.request('/admin/personnes/effacer', {
      method: 'POST',
      headers: {
        cookie,
        origin: 'https://ailleurs.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ email: 'x@exemple.fr', confirmation: 'oui' }).toString(),
    });

    expect(response.status).toBe(403);
  });
});
