import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoTokenBucket } from '../../functions/mail/dynamo-token-bucket.js';
import type { SendRate } from '../../functions/mail/send-rate.js';
import { keys } from '../../functions/store/keys.js';
import { mailsTo } from '../support/ses-store.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { aRegistration, anEvent } from '../mail/fixtures.js';
import { batchOf, capturingOutbox, mailWorkerFor } from './helpers.js';

/** A bucket whose clock stands still: no token accrues, so what is left is exactly what was taken. */
const frozenBucket = (t: TestHub, rate: number) =>
  new DynamoTokenBucket(t.clients.dynamo, t.config.HUB_TABLE_NAME, { rate, now: () => 1_800_000_000_000 });

/** A quota that grants nothing until `open()`: shows what the worker does while it waits. */
function gate(): SendRate & { open(): void; asked: number } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const rate = {
    asked: 0,
    open,
    acquire: async (count: number) => {
      rate.asked += count;
      await opened;
    },
  };
  return rate;
}

async function queuedConfirmations(t: TestHub, count: number) {
  const { notifier, bodies } = capturingOutbox(t);
  const emails = Array.from({ length: count }, () => uniqueEmail('quota'));
  for (const email of emails) await notifier.confirmed(anEvent(), aRegistration({ email }));
  return { bodies, emails };
}

describe('the mail worker and the SES sending quota', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
  });

  it('takes one token per mail from the bucket the campaign workers draw on, none for a mail already sent', async () => {
    const campaignSide = frozenBucket(t, 14);
    await campaignSide.acquire(10);
    const { bodies, emails } = await queuedConfirmations(t, 3);
    const worker = mailWorkerFor(t, t.hub.mailer, frozenBucket(t, 14));

    const first = await worker.handleBatch(batchOf(bodies));
    const redelivered = await worker.handleBatch(batchOf(bodies, 2));

    expect([first, redelivered]).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    for (const email of emails) expect(await mailsTo(email)).toHaveLength(1);
    const { Item } = await t.clients.dynamo.send(
      new GetCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Key: keys.rateBucket('ses'),
        ConsistentRead: true,
      }),
    );
    expect(Item).toMatchObject({ tokens: 14 - 10 - 3 });
  });

  it('sends nothing while the quota is spent, then the mail once it is granted', async () => {
    const rate = gate();
    const { bodies, emails } = await queuedConfirmations(t, 1);
    const worker = mailWorkerFor(t, t.hub.mailer, rate);

    const handling = worker.handleBatch(batchOf(bodies));
    await expect.poll(() => rate.asked).toBe(1);
    const beforeGrant = await mailsTo(emails[0]!);
    rate.open();
    const response = await handling;

    expect(beforeGrant).toEqual([]);
    expect(response).toEqual({ batchItemFailures: [] });
    expect(await mailsTo(emails[0]!)).toHaveLength(1);
  });
});
