import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import {
  RecordingNotifier,
  partition,
  postForm,
  publishedEvent,
  register,
  registrationBody,
} from './fixtures.js';

const ALREADY_REGISTERED = { outcome: 'already-registered' };
const STORED_NAME = { firstName: 'Dominique', lastName: 'Stockée' };

/** Finding 5 of #14: a repeat registration must not tell a stranger what is stored for that address. */
describe('registering an address already registered for the event', () => {
  let t: TestHub;
  let notifier: RecordingNotifier;
  beforeAll(async () => {
    notifier = new RecordingNotifier();
    t = await createTestHub({ notifier });
  });

  it('answers the JSON API 200 with the outcome alone: no id, no status', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('repetee');
    const first = await register(t, event, registrationBody({ email, ...STORED_NAME }));

    const again = await register(
      t,
      event,
      registrationBody({ email: email.toUpperCase(), firstName: 'Autre' }),
    );

    expect(first.status).toBe(201);
    expect(Object.keys((await first.json()) as object).sort()).toEqual(['id', 'status']);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(ALREADY_REGISTERED);
    expect(notifier.sent.filter((sent) => sent.email === email)).toHaveLength(1);
  });

  it('does not reveal that the address is on the waitlist', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    await register(t, event);
    const email = uniqueEmail('en-attente');
    const waitlisted = await register(t, event, registrationBody({ email }));

    const again = await register(t, event, registrationBody({ email }));

    expect(await waitlisted.json()).toMatchObject({ status: 'waitlisted' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(ALREADY_REGISTERED);
  });

  it('answers the form with a page that echoes nothing stored', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    await register(t, event);
    const email = uniqueEmail('formulaire-repete');
    const form = { lastName: 'Autre', email, consent: 'true', organisation: '', role: '' };
    await postForm(t, `/api/events/${event.slug}/registrations`, { ...form, ...STORED_NAME });

    const response = await postForm(t, `/api/events/${event.slug}/registrations`, {
      ...form,
      firstName: 'Autre',
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('Cette adresse e-mail est déjà inscrite à cet événement.');
    expect(html).toContain('e-mail de confirmation');
    expect(html).toContain('lien pour annuler');
    for (const stored of [
      STORED_NAME.firstName,
      STORED_NAME.lastName,
      'confirmée',
      'attente',
      'en position',
    ]) {
      expect(html).not.toContain(stored);
    }
    expect((await partition(t, event.id)).registrations).toHaveLength(2);
  });

  it('documents the 200 answer as the outcome alone, the 201 keeping its id and status', async () => {
    const document = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content: Record<string, unknown> }> }>
      >;
      components: { schemas: Record<string, unknown> };
    };
    const { responses } = document.paths['/api/events/{slug}/registrations']!.post!;
    const jsonSchema = (status: string) =>
      (responses[status]!.content['application/json'] as { schema: { $ref: string } }).schema.$ref;

    expect(jsonSchema('201')).toBe('#/components/schemas/RegistrationCreated');
    expect(jsonSchema('200')).toBe('#/components/schemas/AlreadyRegistered');
    expect(document.components.schemas.AlreadyRegistered).toEqual({
      type: 'object',
      properties: { outcome: { type: 'string', enum: ['already-registered'] } },
      required: ['outcome'],
    });
    expect(Object.keys(responses['200']!.content)).toEqual(['application/json', 'text/html']);
  });
});
