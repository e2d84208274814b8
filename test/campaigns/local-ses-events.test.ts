import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/composition/full-app.js';
import { registerLocalSesEvents } from '../../functions/local/ses-events-route.js';
import { uniqueEmail } from '../support/test-hub.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

describe('POST /_local/ses-events (local hub only)', () => {
  let t: CampaignTestHub;
  let local: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createCampaignHub();
    local = createApp(t.hub, { extend: (app) => registerLocalSesEvents(app, t.hub) });
  });

  const post = (body: unknown) =>
    local.request('/_local/ses-events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('suppresses hard bounces and complaints for all mail, counts soft bounces, and updates campaign stats', async () => {
    const [hard, soft, complainer, delivered] = ['dur', 'doux', 'plainte', 'livre'].map((label) =>
      uniqueEmail(label),
    ) as [string, string, string, string];
    for (const email of [hard, soft, complainer, delivered]) await seedSubscriber(t, email, ['formations']);
    const id = await createCampaign(t, { audience: { topics: ['formations'] } });
    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();

    const answers = await Promise.all([
      post({ type: 'Bounce', email: hard, bounceType: 'Permanent' }),
      post({ type: 'Bounce', email: soft, bounceType: 'Transient' }),
      post({ type: 'Complaint', email: complainer }),
      post({ type: 'Delivery', email: delivered }),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202]);
    const suppression = t.hub.campaignWorkerDeps.suppression;
    expect([...(await suppression.suppressedAmong([hard, soft, complainer, delivered]))].sort()).toEqual(
      [complainer, hard].sort(),
    );
    const campaign = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
      stats: Record<string, number>;
    };
    expect(campaign.stats).toMatchObject({ sent: 4, delivered: 1, bounced: 1, complained: 1 });
  });

  it('credits the campaign that last mailed the address, once per recipient', async () => {
    const reader = uniqueEmail('relu');
    const stranger = uniqueEmail('jamais-ecrit');
    await seedSubscriber(t, reader, ['formations']);
    const id = await createCampaign(t, { audience: { topics: ['formations'] } });
    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();
    const before = (await t.hub.campaignStore.get(id))!.stats;

    const answers = [
      await post({ type: 'Delivery', email: reader.toUpperCase() }),
      await post({ type: 'Delivery', email: reader }),
      await post({ type: 'Delivery', email: stranger }),
    ];

    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202]);
    expect((await t.hub.campaignStore.get(id))!.stats).toEqual({
      ...before,
      delivered: before.delivered + 1,
    });
  });

  it('is absent from the app Lambda serves, and refuses a malformed event', async () => {
    expect((await t.app.request('/_local/ses-events', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await post({ type: 'Open', email: 'x@exemple.fr' })).status).toBe(400);
  });
});
