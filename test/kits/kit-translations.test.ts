import { beforeAll, describe, expect, it } from 'vitest';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { jsonInit } from './kit-support.js';

describe('the English version of a kit in the staff API', () => {
  let t: TestHub;
  let staff: string;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = await signInAsStaff(t);
  });

  const create = (body: Record<string, unknown>) =>
    t.app.request(
      '/api/admin/kits',
      jsonInit(staff, { title: 'Kit presse', description: 'Logos et fiches.', audience: 'public', ...body }),
    );

  it('is stored and returned beside the French texts', async () => {
    const translations = { en: { title: 'Press kit', description: 'Logos and fact sheets.' } };
    const response = await create({ translations });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };

    const kit = (await (
      await t.app.request(`/api/admin/kits/${id}`, { headers: { cookie: staff } })
    ).json()) as {
      title: string;
      translations?: unknown;
    };

    expect(kit.title).toBe('Kit presse');
    expect(kit.translations).toEqual(translations);
  });

  it('refuses markup and unknown languages in it', async () => {
    for (const translations of [
      { en: { title: '<script>alert(1)</script>' } },
      { en: { description: '<img src=x onerror=alert(1)>' } },
      { de: { title: 'Pressemappe' } },
    ]) {
      expect((await create({ translations })).status, JSON.stringify(translations)).toBe(400);
    }
  });
});
