import { beforeAll, describe, expect, it } from 'vitest';
import { technicalDayBody } from '../events/fixtures.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

interface Problem {
  status: number;
  detail: string;
}

/** A browser page of another site may make a signed-in staff member's browser call the staff API. */
describe('the staff API called from another site', () => {
  let t: TestHub;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
  });

  const createEvent = (title: string, headers: Record<string, string> = {}) =>
    t.app.request('/api/admin/events', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(technicalDayBody({ title })),
    });

  const titles = async () => {
    const response = await t.app.request('/api/admin/events', { headers: { cookie } });
    return ((await response.json()) as { items: { title: string }[] }).items.map((event) => event.title);
  };

  async function expectRefused(response: Response): Promise<void> {
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as Problem;
    expect(problem.status).toBe(403);
    expect(problem.detail).toMatch(/site du hub/);
  }

  it('refuses a JSON POST with a foreign Origin, and creates nothing', async () => {
    await expectRefused(await createEvent('Venue d’ailleurs', { origin: 'https://evil.example' }));
    expect(await titles()).not.toContain('Venue d’ailleurs');
  });

  it('refuses a POST marked Sec-Fetch-Site: cross-site, and creates nothing', async () => {
    await expectRefused(await createEvent('Venue de travers', { 'sec-fetch-site': 'cross-site' }));
    expect(await titles()).not.toContain('Venue de travers');
  });

  it('refuses a bodyless POST with a foreign Origin, and leaves the event as it was', async () => {
    const draft = (await (await createEvent('Brouillon gardé')).json()) as { id: string };
    const publish = await t.app.request(`/api/admin/events/${draft.id}/publish`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
    });
    await expectRefused(publish);
    expect((await t.hub.events.get(draft.id)).status).toBe('draft');
  });

  it.each(['PUT', 'PATCH', 'DELETE'])('refuses a %s with a foreign Origin', async (method) => {
    const draft = (await (await createEvent(`Brouillon ${method}`)).json()) as { id: string };
    const response = await t.app.request(`/api/admin/events/${draft.id}`, {
      method,
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Titre changé d’ailleurs' }),
    });
    await expectRefused(response);
    expect((await t.hub.events.get(draft.id)).title).toBe(`Brouillon ${method}`);
  });

  it('serves the hub’s own pages, and API clients that send neither header', async () => {
    const sameOrigin = await createEvent('Venue du hub', {
      origin: new URL(t.config.HUB_BASE_URL).origin,
      'sec-fetch-site': 'same-origin',
    });
    expect(sameOrigin.status).toBe(201);
    const { id } = (await sameOrigin.json()) as { id: string };
    const publish = await t.app.request(`/api/admin/events/${id}/publish`, {
      method: 'POST',
      headers: { cookie, origin: new URL(t.config.HUB_BASE_URL).origin },
    });
    expect(publish.status).toBe(200);
    expect((await createEvent('Venue d’un script')).status).toBe(201);
  });

  it('still answers reads from anywhere', async () => {
    const response = await t.app.request('/api/admin/events', {
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(200);
  });
});
