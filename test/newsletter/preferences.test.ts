import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { confirmedSubscriber, form } from './helpers.js';

describe('preferences and one-click unsubscription', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
    await t.hub.newsletter.seedTopics();
  });

  const tokenFor = (email: string) => encodeURIComponent(t.hub.newsletterLinks.preferencesToken(email));

  it('GET on the unsubscribe URL only shows a page', async () => {
    const email = uniqueEmail('lecteur');
    await confirmedSubscriber(t, email);

    const response = await t.app.request(`/newsletter/unsubscribe?token=${tokenFor(email)}`);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('name="List-Unsubscribe" value="One-Click"');
    expect((await t.hub.subscriberStore.get(email, new Date()))?.status).toBe('confirmed');
  });

  it('a form-encoded List-Unsubscribe=One-Click POST unsubscribes with no session', async () => {
    const email = uniqueEmail('partant');
    await confirmedSubscriber(t, email);

    const response = await t.app.request(
      `/newsletter/unsubscribe?token=${tokenFor(email)}`,
      form({ 'List-Unsubscribe': 'One-Click' }),
    );

    expect(response.status).toBe(200);
    const subscriber = await t.hub.subscriberStore.get(email, new Date());
    expect(subscriber).toMatchObject({ status: 'unsubscribed', topics: [] });
    expect(subscriber?.firstName).toBeUndefined();
  });

  it('records the opt-out of an address that never subscribed (an event registrant)', async () => {
    const email = uniqueEmail('inscrit');

    await t.app.request(
      `/newsletter/unsubscribe?token=${tokenFor(email)}`,
      form({ 'List-Unsubscribe': 'One-Click' }),
    );

    expect((await t.hub.subscriberStore.get(email, new Date()))?.status).toBe('unsubscribed');
  });

  it('refuses a forged token and a POST without the one-click field', async () => {
    const email = uniqueEmail('cible');
    await confirmedSubscriber(t, email);

    const forged = await t.app.request(
      '/newsletter/unsubscribe?token=x.y.z',
      form({ 'List-Unsubscribe': 'One-Click' }),
    );
    const incomplete = await t.app.request(`/newsletter/unsubscribe?token=${tokenFor(email)}`, form({}));

    expect(forged.status).toBe(400);
    expect(incomplete.status).toBe(400);
    expect((await t.hub.subscriberStore.get(email, new Date()))?.status).toBe('confirmed');
  });

  it('changes topics and tracking from the preference page', async () => {
    const email = uniqueEmail('choix');
    await confirmedSubscriber(t, email);
    const token = t.hub.newsletterLinks.preferencesToken(email);
    const page = await t.app.request(`/newsletter/preferences?token=${encodeURIComponent(token)}`);
    expect(await page.text()).toContain('value="webinaires" checked');

    const response = await t.app.request(
      '/newsletter/preferences',
      form({ token, topics: ['formations', 'actualites-filiere'], tracking: 'on' }),
    );

    expect(response.status).toBe(200);
    expect(await t.hub.subscriberStore.get(email, new Date())).toMatchObject({
      topics: ['formations', 'actualites-filiere'],
      tracking: true,
    });
  });
});
