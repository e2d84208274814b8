import { beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { CampaignWorker } from '../../functions/campaigns/campaign-worker.js';
import type { CampaignMessage } from '../../functions/campaigns/campaign-messages.js';
import type { BatchResponse, QueueBatch } from '../../functions/queue/queue.js';
import { uniqueEmail } from '../support/test-hub.js';
import type { StoredMail } from '../support/ses-store.js';
import { form } from '../newsletter/helpers.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

/** How many mails the local SES holds for each address, read from its store in one request. */
async function mailCounts(addresses: string[]): Promise<Map<string, number>> {
  const { emails } = (await (await fetch(`${inject('sesEndpoint')}/store`)).json()) as {
    emails: StoredMail[];
  };
  const counts = new Map(addresses.map((address) => [address, 0]));
  for (const mail of emails)
    for (const to of mail.destination.to) {
      const address = to.toLowerCase();
      if (counts.has(address)) counts.set(address, counts.get(address)! + 1);
    }
  return counts;
}

async function seedMany(t: CampaignTestHub, count: number, label: string, topic: string) {
  const emails = Array.from({ length: count }, () => uniqueEmail(label));
  for (let start = 0; start < emails.length; start += 25)
    await Promise.all(emails.slice(start, start + 25).map((email) => seedSubscriber(t, email, [topic])));
  return emails;
}

async function campaignState(t: CampaignTestHub, id: string) {
  return (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
    status: string;
    excluded: number;
    stats: { audience: number; sent: number };
  };
}

const deliverMessages = (batch: QueueBatch) =>
  batch.Records.map((record) => JSON.parse(record.body) as CampaignMessage).filter(
    (message): message is Extract<CampaignMessage, { type: 'deliver' }> => message.type === 'deliver',
  );

describe('exactly one mail per recipient', () => {
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub({}, { HUB_SES_MAX_RATE: '1000' });
  });

  it('500 recipients, every batch handed to two workers at the same time: each recipient mailed once', async () => {
    const recipients = await seedMany(t, 500, 'double', 'actualites-filiere');
    const id = await createCampaign(t, { audience: { topics: ['actualites-filiere'] } });
    const first = new CampaignWorker(t.hub.campaignWorkerDeps);
    const second = new CampaignWorker(t.hub.campaignWorkerDeps);
    let doubled = 0;

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    // The queue hands every batch to both consumers at once (a visibility timeout that ran out while
    // the first was still working); a message returns if either consumer reported it failed.
    await t.drain(async (batch): Promise<BatchResponse> => {
      if (!deliverMessages(batch).length) return first.handleBatch(batch);
      doubled++;
      const answers = await Promise.all([first.handleBatch(batch), second.handleBatch(batch)]);
      const failed = new Set(
        answers.flatMap((answer) => answer.batchItemFailures.map((f) => f.itemIdentifier)),
      );
      return { batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) };
    });

    expect(doubled).toBeGreaterThan(0);
    const counts = await mailCounts(recipients);
    expect([...counts.entries()].filter(([, count]) => count !== 1)).toEqual([]);
    expect(t.queue.deadLetters).toHaveLength(0);
    expect(await campaignState(t, id)).toMatchObject({
      status: 'sent',
      stats: { audience: 500, sent: 500 },
    });
  }, 480_000);

  it('a page redelivered after it was fully processed does not end the campaign before its other pages', async () => {
    const recipients = await seedMany(t, 120, 'relivre', 'formations');
    const id = await createCampaign(t, { audience: { topics: ['formations'] } });
    const worker = t.hub.campaignWorker;
    let replayed = false;

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    // The first page is processed, then its acknowledgement is lost: it comes back while others wait.
    await t.drain(async (batch) => {
      const pages = batch.Records.filter((record) => JSON.parse(record.body).type === 'deliver');
      if (!replayed && pages.length) {
        replayed = true;
        const [page] = pages;
        await worker.handleBatch({ Records: [page!] });
        await worker.handleBatch({ Records: [page!] });
      }
      return worker.handleBatch(batch);
    });

    expect(replayed).toBe(true);
    const counts = await mailCounts(recipients);
    expect([...counts.entries()].filter(([, count]) => count !== 1)).toEqual([]);
    expect(await campaignState(t, id)).toMatchObject({ status: 'sent', stats: { sent: 120 } });
  }, 120_000);
});

describe('opt-outs during a running campaign', () => {
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub();
  });

  it('a one-click unsubscription, a bounce or an erasure after the fan-out stops the next chunk of the same page', async () => {
    const recipients = await seedMany(t, 30, 'en-cours', 'journees-techniques');
    const id = await createCampaign(t, { audience: { topics: ['journees-techniques'] } });
    const deps = t.hub.campaignWorkerDeps;
    let page: string[] = [];
    let leaving = '';
    let bouncing = '';
    let erased = '';
    let sends = 0;
    // While the first chunk of ten is being sent, two people of later chunks of the same page leave.
    const worker = new CampaignWorker({
      ...deps,
      mailerFor: (fromName) => {
        const real = deps.mailerFor(fromName);
        return {
          send: async (mail) => {
            if (++sends === 1) {
              [leaving, bouncing, erased] = [page[15]!, page[25]!, page[20]!];
              await t.hub.personData.erase(erased);
              const token = encodeURIComponent(t.hub.newsletterLinks.preferencesToken(leaving));
              const answer = await t.app.request(
                `/newsletter/unsubscribe?token=${token}`,
                form({ 'List-Unsubscribe': 'One-Click' }),
              );
              expect(answer.status).toBe(200);
              await t.hub.campaignFeedback.record({
                eventType: 'Bounce',
                mail: { messageId: 'ailleurs' },
                bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: bouncing }] },
              });
            }
            return real.send(mail);
          },
        };
      },
    });

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain(async (batch) => {
      const [message] = deliverMessages(batch);
      if (message) page = message.recipients.map((recipient) => recipient.email);
      return worker.handleBatch(batch);
    });

    expect(page).toHaveLength(30);
    const counts = await mailCounts(recipients);
    expect(counts.get(leaving)).toBe(0);
    expect(counts.get(bouncing)).toBe(0);
    expect(counts.get(erased)).toBe(0);
    expect(recipients.filter((email) => counts.get(email) === 1)).toHaveLength(27);
    expect(await campaignState(t, id)).toMatchObject({
      status: 'sent',
      excluded: 2,
      stats: { audience: 30, sent: 27 },
    });
    const traces = await t.clients.dynamo.send(new ScanCommand({ TableName: t.config.HUB_TABLE_NAME }));
    expect(JSON.stringify(traces.Items)).not.toContain(erased);
  });
});
