import { beforeAll, describe, expect, it } from 'vitest';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';

const ORIGIN = 'http://localhost';

describe('newsletter topics managed by staff', () => {
  let t: TestHub;
  let cookie: string;
  const api = (method: string, path: string, body?: unknown, withCookie = true) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(withCookie ? { cookie } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const form = (path: string, fields: Record<string, string>) =>
    t.app.request(path, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const publicTopics = async () =>
    (
      (await (await t.app.request('/api/newsletter/topics')).json()) as {
        items: { slug: string; name: string }[];
      }
    ).items;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    await t.hub.newsletter.seedTopics();
    cookie = await signInAsStaff(t);
  });

  it('requires a staff session for every change', async () => {
    for (const [method, path] of [
      ['POST', '/api/admin/newsletter/topics'],
      ['PATCH', '/api/admin/newsletter/topics/webinaires'],
      ['DELETE', '/api/admin/newsletter/topics/webinaires'],
    ] as const)
      expect((await api(method, path, { slug: 'x', name: 'X' }, false)).status, `${method} ${path}`).toBe(
        401,
      );
    expect((await t.app.request('/admin/newsletter/themes')).status).toBe(303);
  });

  it('adds, renames and deletes a topic, seen by the public list', async () => {
    const created = await api('POST', '/api/admin/newsletter/topics', {
      slug: 'recyclage',
      name: 'Recyclage',
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ slug: 'recyclage', name: 'Recyclage' });

    const renamed = await api('PATCH', '/api/admin/newsletter/topics/recyclage', {
      name: 'Recyclage des aimants',
    });
    expect(renamed.status).toBe(200);
    expect(await publicTopics()).toContainEqual({ slug: 'recyclage', name: 'Recyclage des aimants' });

    expect((await api('DELETE', '/api/admin/newsletter/topics/recyclage')).status).toBe(204);
    expect((await publicTopics()).map((topic) => topic.slug)).not.toContain('recyclage');
    expect((await api('DELETE', '/api/admin/newsletter/topics/recyclage')).status).toBe(404);
  });

  it('refuses a taken slug with 409 and invalid input with 400 problem+json', async () => {
    const duplicate = await api('POST', '/api/admin/newsletter/topics', {
      slug: 'webinaires',
      name: 'Autre',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers.get('content-type')).toContain('application/problem+json');

    for (const body of [
      { slug: 'Avec Espaces', name: 'X' },
      { slug: '../etc', name: 'X' },
      { slug: 'ok', name: '' },
      { slug: 'ok', name: 'Ligne\r\nBcc: x@exemple.fr' },
      { slug: 'ok', name: '<script>alert(1)</script>' },
      { slug: 'ok', name: 'X', extra: true },
      { slug: 'a'.repeat(61), name: 'X' },
    ]) {
      const response = await api('POST', '/api/admin/newsletter/topics', body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
    expect((await api('PATCH', '/api/admin/newsletter/topics/inconnu', { name: 'X' })).status).toBe(404);
  });

  it('shows the topics with their confirmed subscribers, and manages them from the page', async () => {
    const email = uniqueEmail('abonnee');
    const now = t.hub.clock.now();
    await t.hub.subscriberStore.recordRequest(
      {
        email,
        nonce: 'n',
        topics: ['webinaires'],
        tracking: false,
        consent: { at: now.toISOString(), source: 'newsletter-api', textVersion: 'v1' },
        expiresAt: new Date(now.getTime() + 86_400_000),
      },
      now,
    );
    await t.hub.subscriberStore.confirm(email, 'n', now);

    const page = await (await t.app.request('/admin/newsletter/themes', { headers: { cookie } })).text();
    expect(page).toMatch(/<th scope="row">Webinaires<\/th><td>webinaires<\/td><td>1<\/td>/);
    expect(page).toContain('1 abonné confirmé');

    const added = await form('/admin/newsletter/themes', { name: 'Marchés', slug: 'marches' });
    expect(added.status).toBe(303);
    const taken = await form('/admin/newsletter/themes', { name: 'Encore', slug: 'marches' });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('value="Encore"');
    expect(
      (await form('/admin/newsletter/themes/marches/renommer', { name: 'Marchés et prix' })).status,
    ).toBe(303);
    const confirm = await t.app.request('/admin/newsletter/themes/marches/supprimer', {
      headers: { cookie },
    });
    expect(await confirm.text()).toContain('Confirmer la suppression');
    expect((await form('/admin/newsletter/themes/marches/supprimer', {})).status).toBe(303);
    expect((await publicTopics()).map((topic) => topic.slug)).not.toContain('marches');
  });
});
