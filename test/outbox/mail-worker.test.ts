import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoMailClaims } from '../../functions/mail/dynamo-mail-claims.js';
import { parseMailMessage } from '../../functions/outbox/mail-messages.js';
import { keys } from '../../functions/store/keys.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import { aRegistration, anEvent } from '../mail/fixtures.js';
import { batchOf, capturingOutbox, FlakyMailer, mailWorkerFor } from './helpers.js';

describe('the mail worker', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
  });

  async function claimOf(body: string) {
    const { Item } = await t.clients.dynamo.send(
      new GetCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Key: keys.mailClaim(parseMailMessage(body).id),
        ConsistentRead: true,
      }),
    );
    return Item;
  }

  it('mails a confirmation with its invitation from the snapshot the request queued', async () => {
    const { notifier, bodies } = capturingOutbox(t);
    const registration = aRegistration({ email: uniqueEmail('instantane') });
    await notifier.confirmed(
      anEvent({ title: 'Titre au moment de l’inscription', descriptionHtml: '<p>Programme détaillé.</p>' }),
      registration,
    );

    const response = await t.hub.mailWorker.handleBatch(batchOf(bodies));

    expect(response).toEqual({ batchItemFailures: [] });
    const [mail, ...others] = await mailsTo(registration.email);
    expect(others).toEqual([]);
    expect(mail!.subject).toBe('Inscription confirmée : Titre au moment de l’inscription');
    expect(mail!.attachments.map((attachment) => attachment.filename)).toContain('invitation.ics');
    expect(await claimOf(bodies[0]!)).toMatchObject({ state: 'sent' });
    // No mail shows the description: the message leaves it out, however long it is.
    expect(parseMailMessage(bodies[0]!)).toMatchObject({ event: { description: '' } });
    expect(bodies[0]).not.toContain('Programme détaillé');
  });

  it('mails once when the same message reaches two workers at once, and once more never on redelivery', async () => {
    const { notifier, bodies } = capturingOutbox(t);
    const registration = aRegistration({ email: uniqueEmail('doublon') });
    await notifier.reminder(anEvent(), registration, 'day-before');
    const second = mailWorkerFor(t, t.hub.mailer);
    // Two SQS messages with the same body: what an SDK retry of SendMessage leaves in the queue.
    const [first, other] = [batchOf(bodies), batchOf(bodies)];

    const responses = await Promise.all([t.hub.mailWorker.handleBatch(first), second.handleBatch(other)]);
    const redelivered = await Promise.all([
      t.hub.mailWorker.handleBatch(batchOf(bodies, 2)),
      second.handleBatch(batchOf(bodies, 2)),
    ]);

    // The loser saw a claim in flight (reported, to come back) or already sent (done with).
    expect(responses.flatMap((response) => response.batchItemFailures).length).toBeLessThanOrEqual(1);
    expect(redelivered).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    expect((await mailsTo(registration.email)).map((mail) => mail.subject)).toEqual([
      'C’est demain : Journée technique : recycler les aimants NdFeB',
    ]);
  });

  it('reports a failed send, releases its claim, and mails exactly once when SQS redelivers it', async () => {
    const { newsletterConfirmations, bodies } = capturingOutbox(t);
    const email = uniqueEmail('rejoue');
    await newsletterConfirmations.confirmation({
      to: email,
      topicNames: ['Webinaires'],
      confirmUrl: 'http://localhost:3000/lettre/confirmer?jeton=abc',
      expiresAt: new Date('2026-12-05T10:00:00Z'),
    });
    const worker = mailWorkerFor(t, new FlakyMailer(t.hub.mailer, 1));
    const batch = batchOf(bodies);

    const failed = await worker.handleBatch(batch);
    const claimAfterFailure = await claimOf(bodies[0]!);
    const mailsAfterFailure = await mailsTo(email);
    const retried = await worker.handleBatch(batchOf(bodies, 2));
    const again = await worker.handleBatch(batchOf(bodies, 3));

    expect(failed).toEqual({ batchItemFailures: [{ itemIdentifier: batch.Records[0]!.messageId }] });
    expect(claimAfterFailure).toBeUndefined();
    expect(mailsAfterFailure).toEqual([]);
    expect([retried, again]).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    // The expiry travelled as an ISO string and was revived as a date (shown in Paris time).
    expect(mails[0]!.body.text).toContain('5 décembre 2026');
  });

  it('takes over the claim of a worker that died before sending, once the lease is over', async () => {
    const { notifier, bodies } = capturingOutbox(t);
    const registration = aRegistration({ email: uniqueEmail('relais') });
    await notifier.waitlisted(anEvent(), registration);
    const id = parseMailMessage(bodies[0]!).id;
    const claims = new DynamoMailClaims(t.clients.dynamo, t.config.HUB_TABLE_NAME, 60_000);
    await claims.claim(id, new Date(Date.now() - 120_000));

    const taken = await claims.claim(id, new Date());
    const fresh = await claims.claim(id, new Date());

    expect([taken, fresh]).toEqual(['claimed', 'in-flight']);
  });

  it('reports what is not a mail message of a known version, logs it, and mails nobody', async () => {
    const victim = uniqueEmail('cible');
    const { notifier, bodies: valid } = capturingOutbox(t);
    await notifier.confirmed(anEvent(), aRegistration({ email: victim }));
    const message = JSON.parse(valid[0]!) as Record<string, unknown> & {
      registration: Record<string, unknown>;
    };
    const hostile = [
      'pas du JSON',
      '{"v":1,"id":',
      'null',
      '[]',
      JSON.stringify({ ...message, v: 2 }),
      JSON.stringify({ ...message, kind: 'campaign' }),
      JSON.stringify({ ...message, id: 'pas-un-uuid' }),
      JSON.stringify({
        ...message,
        registration: { ...message.registration, email: `${victim}\r\nBcc: x@y.fr` },
      }),
      JSON.stringify({ ...message, registration: { ...message.registration, email: undefined } }),
      JSON.stringify({ ...message, event: 'evt01' }),
      JSON.stringify({ ...message, kind: 'reminder', reminder: 'week-before' }),
      `{"__proto__":{"kind":"confirmed"},${valid[0]!.slice(1).replace('"kind":"confirmed"', '"kind":"x"')}`,
      JSON.stringify({ ...message, event: { ...(message.event as object), title: 'x'.repeat(60_000) } }),
    ];
    const batch = batchOf(hostile);

    const response = await t.hub.mailWorker.handleBatch(batch);

    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual(
      batch.Records.map((record) => record.messageId),
    );
    expect(await mailsTo(victim)).toEqual([]);
    expect(await claimOf(valid[0]!)).toBeUndefined();
  });
});
