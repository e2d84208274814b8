import { beforeAll, describe, expect, it } from 'vitest';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

const HOSTILE = [
  'a%0D%0Ab@exemple.fr',
  '%0D%0ABcc:%20victime@exemple.fr',
  'camille%0A@exemple.fr',
  `${'a'.repeat(300)}@exemple.fr`,
  `${'b'.repeat(20_000)}`,
  '..%2F..%2Fetc%2Fpasswd',
  '%2E%2E%2F%2E%2E',
  '..%5C..%5Cwindows',
  'pas-une-adresse',
  '%3Cscript%3E@exemple.fr',
  '%00@exemple.fr',
  '%E0%A4%A',
  '%20',
];

describe('hostile {email} values', () => {
  let t: TestHub;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
  });

  it('answers 400 problem+json to export and erasure, never a 5xx', async () => {
    for (const value of HOSTILE) {
      for (const [method, path] of [
        ['GET', `/api/admin/people/${value}/export`],
        ['DELETE', `/api/admin/people/${value}`],
      ] as const) {
        const response = await t.app.request(path, { method, headers: { cookie } });
        expect(response.status, `${method} ${value.slice(0, 40)}`).toBe(400);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
    }
  });

  it('refuses the staff form’s hostile address with the form and its message (400), not an error page', async () => {
    const response = await t.app.request('/admin/personnes', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'a\r\nBcc: x@exemple.fr' }).toString(),
    });

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Ce champ ne doit contenir ni retour à la ligne ni caractère de contrôle.');
  });
});
