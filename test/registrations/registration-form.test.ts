import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier, partition, postForm, publishedEvent, register } from './fixtures.js';

const form = (overrides: Record<string, string> = {}) => ({
  firstName: 'Camille',
  lastName: 'Durand',
  email: uniqueEmail('formulaire'),
  organisation: 'REEfine',
  role: '',
  consent: 'true',
  ...overrides,
});

describe('the registration form post (no JavaScript)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub({ notifier: new RecordingNotifier() });
  });

  it('registers and answers with a French result page', async () => {
    const event = await publishedEvent(t);

    const response = await postForm(t, `/api/events/${event.slug}/registrations`, form());

    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('Votre inscription est confirmée');
    expect(html).toContain(`/evenements/${event.slug}`);
    expect((await partition(t, event.id)).registrations).toHaveLength(1);
  });

  it('tells a waitlisted person their position', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    await postForm(t, `/api/events/${event.slug}/registrations`, form());
    await postForm(t, `/api/events/${event.slug}/registrations`, form());

    const response = await postForm(t, `/api/events/${event.slug}/registrations`, form());

    expect(response.status).toBe(201);
    expect(await response.text()).toContain('en position 2 sur la liste d’attente');
  });

  it('answers 200 and says so when the address is already registered', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('deja');
    await postForm(t, `/api/events/${event.slug}/registrations`, form({ email }));

    const response = await postForm(
      t,
      `/api/events/${event.slug}/registrations`,
      form({ email: ` ${email.toUpperCase()}` }),
    );

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('déjà inscrite');
    expect((await partition(t, event.id)).registrations).toHaveLength(1);
  });

  it('shows the event page again with the typed values and the errors beside the fields', async () => {
    const event = await publishedEvent(t);

    const response = await postForm(t, `/api/events/${event.slug}/registrations`, {
      firstName: 'Camille',
      lastName: '<b>Durand</b>',
      email: 'pas-une-adresse',
      organisation: 'Aimants & Cie',
    });

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(event.title);
    expect(html).toContain('value="Camille"');
    expect(html).toContain('Aimants &amp; Cie');
    expect(html).toContain('Vous devez accepter');
    expect(html).toContain('adresse e-mail valide');
    expect(html).toContain('balises');
    expect(html).not.toContain('<b>Durand</b>');
    expect((await partition(t, event.id)).registrations).toHaveLength(0);
  });

  it('shows the event page with the reason when the event is full', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: false });
    await register(t, event);

    const response = await postForm(t, `/api/events/${event.slug}/registrations`, form());

    expect(response.status).toBe(409);
    expect(await response.text()).toContain('complet');
  });

  it('answers an unknown event with a 404 page', async () => {
    const response = await postForm(t, '/api/events/inconnu/registrations', form());
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('documents both content types in the OpenAPI document', async () => {
    const document = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<string, { post?: { requestBody?: { content: Record<string, unknown> } } }>;
    };
    const content = document.paths['/api/events/{slug}/registrations']?.post?.requestBody?.content ?? {};
    expect(Object.keys(content).sort()).toEqual(['application/json', 'application/x-www-form-urlencoded']);
  });
});
