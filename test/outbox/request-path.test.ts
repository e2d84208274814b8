import { describe, expect, it } from 'vitest';
import type { Mailer } from '../../functions/mail/mailer.js';
import { LocalQueue } from '../../functions/queue/local-queue.js';
import type { BatchHandler } from '../../functions/queue/queue.js';
import { OutboxNotifier } from '../../functions/outbox/outbox-notifier.js';
import { OutboxNewsletterConfirmations } from '../../functions/outbox/outbox-newsletter-confirmations.js';
import { createTestHub, uniqueEmail } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { subscribe } from '../newsletter/helpers.js';
import { batchOf } from './helpers.js';

const unavailable: Mailer = {
  send: async () => {
    throw new Error('SES indisponible');
  },
};

describe('mail requested by an HTTP request', () => {
  it('goes through the outbox: the hub’s mail ports queue, and the local queue mails before the response', async () => {
    const t = await createTestHub();
    await t.hub.newsletter.seedTopics();
    const event = await publishedEvent(t);
    const email = uniqueEmail('outbox');

    const registered = await register(t, event, registrationBody({ email, newsletter: true }));

    expect(registered.status).toBe(201);
    expect(t.hub.notifier).toBeInstanceOf(OutboxNotifier);
    expect(t.hub.newsletterConfirmations).toBeInstanceOf(OutboxNewsletterConfirmations);
    expect((await mailsTo(email)).map((mail) => mail.subject).sort()).toEqual([
      'Confirmez votre abonnement à la lettre de la filière',
      `Inscription confirmée : ${event.title}`,
    ]);
    expect((t.hub.mailQueue as LocalQueue).size).toBe(0);
  });

  it('answers as usual when the mail cannot leave: the messages stay queued for a redelivery', async () => {
    const t = await createTestHub({ mailer: unavailable });
    await t.hub.newsletter.seedTopics();
    const event = await publishedEvent(t);
    const email = uniqueEmail('differe');

    const registered = await register(t, event, registrationBody({ email }));
    const subscribed = await subscribe(t, uniqueEmail('lettre-differee'));

    expect([registered.status, subscribed.status]).toEqual([201, 202]);
    expect(await mailsTo(email)).toEqual([]);
    expect((t.hub.mailQueue as LocalQueue).size).toBe(2);
  });
});

describe('the local queue delivering on send', () => {
  it('resolves once the handler is done, keeps what failed without throwing, and gives it back to a consumer', async () => {
    const queue = new LocalQueue({ visibilityTimeoutMs: 20, batchSize: 2 });
    const handled: string[] = [];
    let failing = true;
    const handler: BatchHandler = async (batch) => {
      handled.push(...batch.Records.map((record) => record.body));
      return {
        batchItemFailures: batch.Records.filter((record) => failing && record.body === 'b').map((record) => ({
          itemIdentifier: record.messageId,
        })),
      };
    };
    queue.deliverOnSend(handler);

    await queue.send(['a', 'b', 'c']);
    const afterSend = { handled: [...handled], size: queue.size };
    failing = false;
    const stop = queue.consume(handler);
    await queue.idle();
    await stop();

    expect(afterSend).toEqual({ handled: ['a', 'b', 'c'], size: 1 });
    expect(handled).toEqual(['a', 'b', 'c', 'b']);
    expect(queue.size).toBe(0);
  });

  it('does not throw to the sender when the handler itself throws', async () => {
    const queue = new LocalQueue();
    queue.deliverOnSend(async () => {
      throw new Error('le worker est tombé');
    });

    await expect(queue.send(batchOf(['x']).Records.map((record) => record.body))).resolves.toBeUndefined();
    expect(queue.size).toBe(1);
  });
});
