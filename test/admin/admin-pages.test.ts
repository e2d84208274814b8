import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { technicalDayBody, webinarBody } from '../events/fixtures.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';

function publishForm(cookie: string, origin = 'http://localhost'): RequestInit {
  return {
    method: 'POST',
    headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  };
}

describe('the staff pages', () => {
  let t: TestHub;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
  });

  it('send visitors without a session to the sign-in page', async () => {
    const response = await t.app.request('/admin');

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/connexion');
  });

  it('list every event, drafts included, for signed-in staff', async () => {
    const draft = await t.hub.events.create(webinarBody({ title: 'Webinaire en préparation' }) as NewEvent);
    const published = await t.hub.events.create(technicalDayBody({ title: 'Journée publiée' }) as NewEvent);
    await t.hub.events.publish(published.id);

    const response = await t.app.request('/admin', { headers: { cookie } });

    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('Webinaire en préparation');
    expect(page).toContain('Journée publiée');
    expect(page).toContain(`action="/admin/evenements/${draft.id}/publier"`);
    expect(page).not.toContain(`action="/admin/evenements/${published.id}/publier"`);
    expect(page).toContain('<meta name="robots" content="noindex"/>');
  });

  it('publish a draft from its button and come back to the list', async () => {
    const draft = await t.hub.events.create(technicalDayBody({ title: 'À publier' }) as NewEvent);

    const response = await t.app.request(`/admin/evenements/${draft.id}/publier`, publishForm(cookie));

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin?fait=publie');
    expect((await t.hub.events.get(draft.id)).status).toBe('published');
    const list = await t.app.request('/admin?fait=publie', { headers: { cookie } });
    expect(await list.text()).toContain('L’événement est publié');
  });

  it('refuse a publish form posted from another site or without a session', async () => {
    const draft = await t.hub.events.create(technicalDayBody({ title: 'Pas par là' }) as NewEvent);

    const crossSite = await t.app.request(
      `/admin/evenements/${draft.id}/publier`,
      publishForm(cookie, 'https://malveillant.example'),
    );
    const anonymous = await t.app.request(`/admin/evenements/${draft.id}/publier`, publishForm(''));

    expect(crossSite.status).toBe(403);
    expect(anonymous.status).toBe(303);
    expect((await t.hub.events.get(draft.id)).status).toBe('draft');
  });

  it('show the reason in French when a publish is refused', async () => {
    const response = await t.app.request('/admin/evenements/inconnu/publier', publishForm(cookie));

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Cet événement est introuvable.');
  });
});
