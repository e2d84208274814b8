import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { sesMailer } from '../../functions/composition/adapters.js';
import type { Mailer } from '../../functions/mail/mailer.js';
import { startMailLoop } from '../../functions/local/mail-loop.js';
import { parseMailMessage } from '../../functions/outbox/mail-messages.js';
import { outboxDeliveries } from '../../functions/outbox/outbox-stream.js';
import type { LocalQueue } from '../../functions/queue/local-queue.js';
import { keys } from '../../functions/store/keys.js';
import { mailsTo } from '../support/ses-store.js';
import { TableStream } from '../support/table-stream.js';
import { createTestHub, uniqueEmail } from '../support/test-hub.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { subscribe } from '../newsletter/helpers.js';

describe('an erasure and the mails still queued for the person (finding 10)', () => {
  it('in the table’s outbox (AWS): the queued mails are never sent, and their items go', async () => {
    const t = await createTestHub({}, { HUB_MAIL_OUTBOX: 'table' });
    await t.hub.newsletter.seedTopics();
    const stream = await TableStream.enable(t);
    const event = await publishedEvent(t);
    const email = uniqueEmail('efface');
    await stream.next();

    await register(t, event, registrationBody({ email }));
    await subscribe(t, email);
    await t.hub.personData.erase(email);
    const deliveries = outboxDeliveries(await stream.next());
    const response = await t.hub.mailWorker.handleDeliveries(deliveries);
    stream.destroy();

    expect(deliveries.map((delivery) => parseMailMessage(delivery.body!).kind).sort()).toEqual([
      'confirmed',
      'newsletterConfirmation',
    ]);
    expect(response.batchItemFailures).toEqual([]);
    expect(await mailsTo(email)).toEqual([]);
    for (const delivery of deliveries) {
      const { Item } = await t.clients.dynamo.send(
        new GetCommand({
          TableName: t.config.HUB_TABLE_NAME,
          Key: keys.mailMessage(parseMailMessage(delivery.body!).id),
          ConsistentRead: true,
        }),
      );
      expect(Item).toBeUndefined();
    }
  });

  it('in the local hub’s outbox: a mail waiting for its retry is dropped, not sent', async () => {
    const behind: { mailer?: Mailer; fail: boolean } = { fail: true };
    const t = await createTestHub({
      mailer: {
        send: async (mail) => {
          if (behind.fail) throw new Error('SES local indisponible');
          return behind.mailer!.send(mail);
        },
      },
    });
    behind.mailer = sesMailer(t.clients.ses, t.config);
    const queue = t.hub.mailQueue as LocalQueue;
    const event = await publishedEvent(t);
    const email = uniqueEmail('efface-local');

    await register(t, event, registrationBody({ email }));
    const waiting = queue.size;
    await t.hub.personData.erase(email);
    behind.fail = false;
    const stop = startMailLoop(t.hub);
    await queue.idle();
    await stop();

    expect(waiting).toBe(1);
    expect(queue.size).toBe(0);
    expect(await mailsTo(email)).toEqual([]);
  }, 20_000);
});
