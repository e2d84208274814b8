import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignWorker } from '../../functions/campaigns/campaign-worker.js';
import { CAMPAIGN_TAG } from '../../functions/campaigns/campaign.js';
import { DynamoCampaignAdminStore } from '../../functions/campaigns/dynamo-campaign-admin-store.js';
import { DynamoCampaignStore } from '../../functions/campaigns/dynamo-campaign-store.js';
import { keys } from '../../functions/store/keys.js';
import { faultyDynamo, mentions } from '../support/faulty-dynamo.js';
import { mailsTo } from '../support/ses-store.js';
import { uniqueEmail } from '../support/test-hub.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

/** The write that records a send SES accepted (DynamoCampaignAdminStore.completeSend). */
const isCompletion = (input: Record<string, unknown>) =>
  String(input.UpdateExpression ?? '').startsWith('SET #state = :sent, messageId');
/** The write that counts a page done (DynamoCampaignAdminStore.messageDone). */
const isPageDone = mentions('"sk":"PAGE#');

describe('a campaign mail SES accepted whose completion DynamoDB refuses (finding 9)', () => {
  let t: CampaignTestHub;
  let faulty: ReturnType<typeof faultyDynamo>;
  beforeAll(async () => {
    t = await createCampaignHub();
    faulty = faultyDynamo(t);
  });
  afterAll(() => faulty.restore());

  /** The hub's campaign worker, its campaign store on the faulty client. */
  const workerOnFaultyStore = (leaseMs?: number) =>
    new CampaignWorker({
      ...t.hub.campaignWorkerDeps,
      campaigns: new DynamoCampaignAdminStore(
        new DynamoCampaignStore(faulty.client, t.config.HUB_TABLE_NAME),
        faulty.client,
        t.config.HUB_TABLE_NAME,
      ),
      backoffBaseMs: 1,
      ...(leaseMs ? { leaseMs } : {}),
    });
  const marker = async (campaignId: string, email: string) =>
    (
      await t.clients.dynamo.send(
        new GetCommand({
          TableName: t.config.HUB_TABLE_NAME,
          Key: keys.sendMarker(campaignId, email),
          ConsistentRead: true,
        }),
      )
    ).Item;
  const campaignState = async (id: string) =>
    (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
      status: string;
      stats: { sent: number };
    };
  const seed = async (label: string, topic: string) => {
    const recipients = [uniqueEmail(label), uniqueEmail(label), uniqueEmail(label)];
    for (const email of recipients) await seedSubscriber(t, email, [topic]);
    return recipients;
  };

  it('refused once: the completion is retried, each recipient gets one mail, no marker is released', async () => {
    const recipients = await seed('completion-once', 'formations');
    const id = await createCampaign(t, { audience: { topics: ['formations'] } });
    faulty.fail('UpdateCommand', isCompletion, 1);
    const worker = workerOnFaultyStore();
    const callsBefore = faulty.calls.length;

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain((batch) => worker.handleBatch(batch));

    for (const email of recipients) {
      expect(await mailsTo(email), email).toHaveLength(1);
      expect(await marker(id, email)).toMatchObject({ state: 'sent' });
    }
    const calls = faulty.calls.slice(callsBefore);
    expect(calls.filter((call) => isCompletion(call.input))).toHaveLength(recipients.length + 1);
    expect(
      calls.filter(
        (call) => call.command === 'DeleteCommand' && JSON.stringify(call.input).includes('SEND#'),
      ),
    ).toEqual([]);
    expect(t.queue.deadLetters).toHaveLength(0);
    expect(await campaignState(id)).toMatchObject({ status: 'sent', stats: { sent: recipients.length } });
  });

  it('refused every time: the mail goes once, the marker stays claimed, and the page coming back sends nothing', async () => {
    const recipients = await seed('completion-jamais', 'webinaires');
    const id = await createCampaign(t, { audience: { topics: ['webinaires'] } });
    faulty.fail('UpdateCommand', isCompletion, Infinity);
    // The page's own bookkeeping fails once too, so that the page does come back: the next run.
    faulty.fail('TransactWriteCommand', isPageDone, 1);
    // A lease of 1 ms: any claim the next run finds is past it, and would be taken over if nothing said the mail left.
    const worker = workerOnFaultyStore(1);
    let runs = 0;
    let afterFirstRun: { states: unknown[]; mails: number[] } | undefined;

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain(async (batch) => {
      const delivers = batch.Records.some((record) => JSON.parse(record.body).type === 'deliver');
      const answer = await worker.handleBatch(batch);
      if (delivers && ++runs === 1) {
        afterFirstRun = {
          states: await Promise.all(recipients.map(async (email) => (await marker(id, email))?.state)),
          mails: await Promise.all(recipients.map(async (email) => (await mailsTo(email)).length)),
        };
        // SES's delivery notifications arrive (tagged with the campaign), as they do seconds after a send.
        for (const email of recipients)
          await t.hub.campaignFeedback.record(
            { eventType: 'Delivery', mail: { messageId: 'ses', tags: { [CAMPAIGN_TAG]: [id] } } },
            [email],
          );
      }
      return answer;
    });

    expect(afterFirstRun).toEqual({
      states: recipients.map(() => 'sending'),
      mails: recipients.map(() => 1),
    });
    expect(runs).toBe(2);
    for (const email of recipients) expect(await mailsTo(email), email).toHaveLength(1);
    expect(await campaignState(id)).toMatchObject({ status: 'sent', stats: { sent: recipients.length } });
  });
});
