import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails } from '../support/auth.js';

function form(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

describe('the staff sign-in pages', () => {
  let t: TestHub;
  let mails: RecordingSignInMails;
  beforeAll(async () => {
    mails = new RecordingSignInMails();
    t = await createTestHub({ signInMails: mails });
  });

  it('shows a labelled e-mail field', async () => {
    const response = await t.app.request('/connexion');

    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('<label for="email">Adresse e-mail</label>');
    expect(page).toMatch(/<input[^>]*type="email"[^>]*id="email"[^>]*autocomplete="email"/);
    expect(page).toContain('<html lang="fr">');
  });

  it('says the same thing for a staff address and an unknown one, and mails only staff', async () => {
    const before = mails.sent.length;

    const staff = await t.app.request('/connexion', form({ email: t.config.HUB_STAFF_EMAILS[0]! }));
    const unknown = await t.app.request('/connexion', form({ email: 'quelquun@exemple.fr' }));

    const message =
      'Si cette adresse est autorisée, un lien de connexion vient de lui être envoyé (valable 15 minutes).';
    expect(staff.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(await staff.text()).toContain(message);
    expect(await unknown.text()).toContain(message);
    expect(mails.sent.length).toBe(before + 1);
  });

  it('shows the error beside the field and keeps what was typed, escaped', async () => {
    const response = await t.app.request('/connexion', form({ email: '<b>pas une adresse' }));

    const page = await response.text();
    expect(response.status).toBe(400);
    expect(page).toContain('id="email-error"');
    expect(page).toContain('aria-describedby="email-error"');
    expect(page).toContain('value="&lt;b&gt;pas une adresse"');
  });
});
