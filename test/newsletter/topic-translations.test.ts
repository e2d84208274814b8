import { beforeAll, describe, expect, it } from 'vitest';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

describe('the English name of a newsletter topic', () => {
  let t: TestHub;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
  });

  const send = (method: string, path: string, body: unknown) =>
    t.app.request(path, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('is stored, returned, kept by a rename that does not give it and replaced by one that does', async () => {
    const created = await send('POST', '/api/admin/newsletter/topics', {
      slug: 'recyclage',
      name: 'Recyclage',
      translations: { en: { name: 'Recycling' } },
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({
      slug: 'recyclage',
      name: 'Recyclage',
      translations: { en: { name: 'Recycling' } },
    });

    const renamed = await send('PATCH', '/api/admin/newsletter/topics/recyclage', { name: 'Le recyclage' });
    expect(await renamed.json()).toEqual({
      slug: 'recyclage',
      name: 'Le recyclage',
      translations: { en: { name: 'Recycling' } },
    });
    const again = await send('PATCH', '/api/admin/newsletter/topics/recyclage', {
      name: 'Le recyclage',
      translations: { en: { name: 'Recovery' } },
    });
    expect(((await again.json()) as { translations: unknown }).translations).toEqual({
      en: { name: 'Recovery' },
    });
    expect((await t.hub.subscriberStore.listTopics()).find((topic) => topic.slug === 'recyclage')).toEqual({
      slug: 'recyclage',
      name: 'Le recyclage',
      translations: { en: { name: 'Recovery' } },
    });
  });

  it('refuses markup, line breaks and unknown languages in it', async () => {
    for (const translations of [
      { en: { name: '<script>alert(1)</script>' } },
      { en: { name: 'Two\nlines' } },
      { de: { name: 'Recycling' } },
    ]) {
      const response = await send('POST', '/api/admin/newsletter/topics', {
        slug: 'hostile',
        name: 'Hostile',
        translations,
      });
      expect(response.status, JSON.stringify(translations)).toBe(400);
    }
  });
});
