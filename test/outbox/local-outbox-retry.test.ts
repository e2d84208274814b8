import { describe, expect, it } from 'vitest';
import { sesMailer } from '../../functions/composition/adapters.js';
import type { Mailer } from '../../functions/mail/mailer.js';
import { startMailLoop } from '../../functions/local/mail-loop.js';
import { LocalQueue } from '../../functions/queue/local-queue.js';
import { createTestHub, uniqueEmail } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';

describe('the local hub’s in-process outbox (finding 10)', () => {
  it('retries a registration mail whose send failed until it is delivered, exactly once', async () => {
    // The hub's clients exist once it is built: the real mailer behind the flaky one is set then.
    const behind: { mailer?: Mailer } = {};
    const attempts: number[] = [];
    const flaky: Mailer = {
      send: async (mail) => {
        attempts.push(Date.now());
        if (attempts.length <= 2) throw new Error('SES local indisponible');
        return behind.mailer!.send(mail);
      },
    };
    const t = await createTestHub({ mailer: flaky });
    behind.mailer = sesMailer(t.clients.ses, t.config);
    const queue = t.hub.mailQueue as LocalQueue;
    const event = await publishedEvent(t);
    const email = uniqueEmail('reessai');

    const registered = await register(t, event, registrationBody({ email }));
    const afterAnswer = { mails: (await mailsTo(email)).length, queued: queue.size };
    const stop = startMailLoop(t.hub);
    await queue.idle();
    await stop();

    expect(registered.status).toBe(201);
    expect(afterAnswer).toEqual({ mails: 0, queued: 1 });
    expect(attempts).toHaveLength(3);
    // The waits double: about one second, then two.
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(900);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(1_900);
    expect((await mailsTo(email)).map((mail) => mail.subject)).toEqual([
      `Inscription confirmée : ${event.title}`,
    ]);
    expect(queue.size).toBe(0);
    expect(queue.deadLetters).toEqual([]);
  }, 20_000);

  it('never parks a message that keeps failing, and waits no longer than its bound between attempts', async () => {
    const queue = new LocalQueue({ maxReceiveCount: Infinity, retryBackoffMs: { first: 5, last: 20 } });
    const attempts: number[] = [];
    const delivered: string[] = [];
    const stop = queue.consume(async (batch) => {
      attempts.push(Date.now());
      if (attempts.length <= 8)
        return { batchItemFailures: batch.Records.map((record) => ({ itemIdentifier: record.messageId })) };
      delivered.push(...batch.Records.map((record) => record.body));
      return { batchItemFailures: [] };
    });

    await queue.send(['courriel']);
    await queue.idle();
    await stop();

    const waits = attempts.slice(1).map((at, index) => at - attempts[index]!);
    expect(delivered).toEqual(['courriel']);
    expect(queue.deadLetters).toEqual([]);
    expect(attempts).toHaveLength(9);
    expect(Math.max(...waits)).toBeLessThan(1_000);
  });
});
