import type { handler as WorkerHandler } from '../../functions/lambda/campaign-worker.js';
import type { handler as TickHandler } from '../../functions/lambda/campaign-fanout.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailsTo } from '../support/ses-store.js';
import { uniqueEmail } from '../support/test-hub.js';
import {
  createCampaign,
  createCampaignHub,
  seedSubscriber,
  type CampaignTestHub,
} from '../campaigns/helpers.js';
import { lambdaContext, lambdaEnvironment, schedulerInvocation, sqsBatch } from './lambda-events.js';

describe('the campaign worker and tick Lambda handlers', () => {
  let t: CampaignTestHub;
  let worker: typeof WorkerHandler;
  let tick: typeof TickHandler;

  beforeAll(async () => {
    t = await lambdaEnvironment(await createCampaignHub());
    ({ handler: worker } = await import('../../functions/lambda/campaign-worker.js'));
    ({ handler: tick } = await import('../../functions/lambda/campaign-fanout.js'));
  });

  it('mails each recipient of an SQS batch once, reports only the poison message, and mails nobody again when the batch is redelivered', async () => {
    const recipients = [uniqueEmail('lot'), uniqueEmail('lot'), uniqueEmail('lot')];
    for (const email of recipients) await seedSubscriber(t, email, ['webinaires'], 'Camille');
    const subject = `Lettre ${uniqueEmail('sqs')}`;
    const id = await createCampaign(t, { subject });
    expect((await t.api(`/api/admin/campaigns/${id}/send`, { body: {} })).status).toBe(202);
    const { round } = (await t.hub.campaignStore.get(id))!;
    // What the fan-out would have queued: one page of recipients (the fan-out order itself stays in t.queue).
    await t.hub.campaignStore.recordFanout(id, round, recipients.length, 1);
    const page = {
      type: 'deliver',
      campaignId: id,
      round,
      page: `${id}-1`,
      recipients: recipients.map((email) => ({ email, firstName: 'Camille' })),
    };
    const batch = sqsBatch([JSON.stringify(page), '{"type":"deliver"']);

    const first = await worker(batch, lambdaContext('FiliereHubApp-CampaignWorker'));
    const again = await worker(
      sqsBatch([JSON.stringify(page)], 2),
      lambdaContext('FiliereHubApp-CampaignWorker'),
    );

    expect(first).toEqual({ batchItemFailures: [{ itemIdentifier: batch.Records[1]!.messageId }] });
    expect(again).toEqual({ batchItemFailures: [] });
    for (const email of recipients) {
      const mails = await mailsTo(email);
      expect(mails.map((mail) => mail.subject)).toEqual([subject]);
      expect(mails[0]!.body.text).toContain('Camille');
    }
    expect((await t.hub.campaignStore.get(id))!).toMatchObject({
      status: 'sent',
      stats: { audience: 3, sent: 3 },
    });
  });

  it('starts a scheduled campaign whose time has come, once however often the schedule fires', async () => {
    await seedSubscriber(t, uniqueEmail('programme'), ['webinaires']);
    const id = await createCampaign(t);
    const now = new Date();
    await t.hub.campaignStore.transition(
      id,
      ['draft'],
      'scheduled',
      { scheduledAt: new Date(now.getTime() - 60_000).toISOString() },
      now,
    );

    const first = await tick(schedulerInvocation(now), lambdaContext('FiliereHubApp-CampaignTick'));
    const second = await tick(schedulerInvocation(now), lambdaContext('FiliereHubApp-CampaignTick'));

    expect(first.started).toEqual([id]);
    expect(second.started).toEqual([]);
    expect((await t.hub.campaignStore.get(id))!).toMatchObject({ status: 'sending', round: 1 });
  });
});
