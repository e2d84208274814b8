import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { confirmTokenFromMail, json } from './helpers.js';

describe('the newsletter box of an event registration', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
    await t.hub.newsletter.seedTopics();
  });

  it('sends the same double opt-in mail, and subscribes only once confirmed', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('inscrit-lettre');

    const response = await register(t, event, registrationBody({ email, newsletter: true }));
    const token = await confirmTokenFromMail(email);
    const pending = await t.hub.subscriberStore.get(email, new Date());
    const confirmed = await t.app.request('/api/newsletter/confirm', json({ token }));

    expect(response.status).toBe(201);
    expect(pending?.status).toBe('pending');
    expect(pending?.pending?.consent.source).toBe(`registration:${event.id}`);
    expect(confirmed.status).toBe(200);
    expect((await t.hub.subscriberStore.get(email, new Date()))?.topics).toHaveLength(4);
  });

  it('sends nothing about the newsletter when the box stays unticked', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('inscrit-seul');

    await register(t, event, registrationBody({ email }));

    expect(await t.hub.subscriberStore.get(email, new Date())).toBeUndefined();
  });
});
