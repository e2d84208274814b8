import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailer } from '../../functions/mail/mailer.js';
import { DynamoMailOutbox } from '../../functions/outbox/dynamo-mail-outbox.js';
import { parseMailMessage } from '../../functions/outbox/mail-messages.js';
import { createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import { outboxDeliveries, type OutboxStreamEvent } from '../../functions/outbox/outbox-stream.js';
import type { Queue } from '../../functions/queue/queue.js';
import { keys } from '../../functions/store/keys.js';
import { TableStream } from '../support/table-stream.js';
import { mailWorkerFor, storePeopleOf } from './helpers.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import { aRegistration, anEvent } from '../mail/fixtures.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';

const DAY_S = 24 * 60 * 60;

describe('the mail outbox in the hub’s table, delivered by its stream', () => {
  let t: TestHub;
  let stream: TableStream;
  /** What the DynamoDB outbox was given, so that a test knows its message ids. */
  let written: string[];
  let outbox: ReturnType<typeof createMailOutbox>;

  beforeAll(async () => {
    t = await createTestHub();
    stream = await TableStream.enable(t);
    const table = new DynamoMailOutbox(t.clients.dynamo, t.config.HUB_TABLE_NAME);
    const recording: Queue = {
      send: async (bodies) => {
        await table.send(bodies);
        written.push(...bodies);
      },
    };
    outbox = createMailOutbox(recording);
  });
  afterAll(() => stream.destroy());

  const itemOf = async (messageId: string) =>
    (
      await t.clients.dynamo.send(
        new GetCommand({
          TableName: t.config.HUB_TABLE_NAME,
          Key: keys.mailMessage(messageId),
          ConsistentRead: true,
        }),
      )
    ).Item;
  const insertionsOf = (event: OutboxStreamEvent) =>
    event.Records.filter((record) => record.eventName === 'INSERT').map(
      (record) => record.dynamodb.Keys?.pk?.S,
    );
  const sequenceOf = (event: OutboxStreamEvent, messageId: string) =>
    event.Records.find(
      (record) =>
        record.eventName === 'INSERT' && record.dynamodb.Keys?.pk?.S === keys.mailMessage(messageId).pk,
    )!.dynamodb.SequenceNumber;

  it('writes each mail as its own item, keyed by the message id, with the JSON the worker reads and a four-day ttl', async () => {
    written = [];
    const registration = aRegistration({ email: uniqueEmail('article') });
    const before = Math.floor(Date.now() / 1000);

    await outbox.notifier.confirmed(anEvent(), registration);
    await outbox.newsletterConfirmations.confirmation({
      to: registration.email,
      topicNames: ['Webinaires'],
      confirmUrl: 'http://localhost:3000/newsletter/confirm?token=abc',
      expiresAt: new Date('2026-12-05T10:00:00Z'),
    });

    const ids = written.map((body) => parseMailMessage(body).id);
    const items = await Promise.all(ids.map(itemOf));
    expect(items.map((item) => parseMailMessage(item!.message as string).kind)).toEqual([
      'confirmed',
      'newsletterConfirmation',
    ]);
    expect(items.map((item) => item!.message)).toEqual(written);
    for (const item of items) {
      expect(item!.ttl).toBeGreaterThanOrEqual(before + 4 * DAY_S);
      expect(item!.ttl).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 4 * DAY_S);
    }
    expect(insertionsOf(await stream.next())).toEqual(ids.map((id) => keys.mailMessage(id).pk));
  });

  it('gives one insertion for one message, even written twice (an SDK retry rewrites the same item)', async () => {
    written = [];
    await outbox.notifier.waitlisted(anEvent(), aRegistration({ email: uniqueEmail('reecrit') }));
    await new DynamoMailOutbox(t.clients.dynamo, t.config.HUB_TABLE_NAME).send(written);

    const event = await stream.next();

    expect(outboxDeliveries(event).map((delivery) => delivery.body)).toEqual(written);
  });

  it('mails what the stream carries, once, however many times the batch comes back', async () => {
    written = [];
    const registration = aRegistration({ email: uniqueEmail('flux') });
    await outbox.notifier.reminder(anEvent(), registration, 'day-before');
    await storePeopleOf(t, written);
    const event = await stream.next();
    const other = mailWorkerFor(t, t.hub.mailer);

    const responses = [
      await t.hub.mailWorker.handleDeliveries(outboxDeliveries(event)),
      await t.hub.mailWorker.handleDeliveries(outboxDeliveries(event)),
      await other.handleDeliveries(outboxDeliveries(event)),
    ];

    expect(responses).toEqual(Array(3).fill({ batchItemFailures: [] }));
    expect((await mailsTo(registration.email)).map((mail) => mail.subject)).toEqual([
      'C’est demain : Journée technique : recycler les aimants NdFeB',
    ]);
  });

  it('reports a failed send by its sequence number, mails the rest of the batch, and mails it once when the batch is retried', async () => {
    written = [];
    const emails = ['premier', 'echoue', 'troisieme'].map((label) => uniqueEmail(label));
    for (const email of emails) await outbox.notifier.confirmed(anEvent(), aRegistration({ email }));
    await storePeopleOf(t, written);
    const event = await stream.next();
    const ids = written.map((body) => parseMailMessage(body).id);
    let sends = 0;
    const failingSecond: Mailer = {
      send: async (mail) => {
        if (++sends === 2) throw new Error('SES indisponible');
        return t.hub.mailer.send(mail);
      },
    };
    const worker = mailWorkerFor(t, failingSecond);

    const failed = await worker.handleDeliveries(outboxDeliveries(event));
    const mailedFirst = await Promise.all(emails.map(async (email) => (await mailsTo(email)).length));
    const keptFirst = await Promise.all(ids.map(async (id) => (await itemOf(id)) !== undefined));
    const retried = await worker.handleDeliveries(outboxDeliveries(event));

    expect(failed).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceOf(event, ids[1]!) }] });
    expect(mailedFirst).toEqual([1, 0, 1]);
    // A sent mail's outbox item (name, address) goes at once; the unsent one stays for the retry or a redrive.
    expect(keptFirst).toEqual([false, true, false]);
    expect(retried).toEqual({ batchItemFailures: [] });
    expect(await Promise.all(emails.map(async (email) => (await mailsTo(email)).length))).toEqual([1, 1, 1]);
    expect(await Promise.all(ids.map(async (id) => (await itemOf(id)) !== undefined))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('refuses and reports hostile outbox items, mails nobody, and ignores every other record of the table', async () => {
    written = [];
    const victim = uniqueEmail('cible');
    await outbox.notifier.confirmed(anEvent(), aRegistration({ email: victim }));
    const valid = written[0]!;
    const message = JSON.parse(valid) as Record<string, unknown> & { registration: Record<string, unknown> };
    await stream.next();
    const hostile: unknown[] = [
      undefined,
      42,
      'pas du JSON',
      JSON.stringify({ ...message, v: 2 }),
      JSON.stringify({ ...message, kind: 'campaign' }),
      JSON.stringify({
        ...message,
        registration: { ...message.registration, email: `${victim}\r\nBcc: x@y.fr` },
      }),
      JSON.stringify({ ...message, event: { ...(message.event as object), title: 'x'.repeat(60_000) } }),
    ];
    const put = (item: Record<string, unknown>) =>
      t.clients.dynamo.send(new PutCommand({ TableName: t.config.HUB_TABLE_NAME, Item: item }));
    const hostileIds = hostile.map(
      (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    );
    for (const [index, body] of hostile.entries())
      await put({
        ...keys.mailMessage(hostileIds[index]!),
        ...(body === undefined ? {} : { message: body }),
      });
    // A valid message on an item that is not an outbox item, and the TTL deletion of the valid outbox item.
    await put({ pk: 'EVENT#evt-hote', sk: 'NOTE', message: valid });
    await t.clients.dynamo.send(
      new DeleteCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Key: keys.mailMessage(parseMailMessage(valid).id),
      }),
    );
    const event = await stream.next();

    const response = await t.hub.mailWorker.handleDeliveries(outboxDeliveries(event));

    expect(event.Records.map((record) => record.eventName)).toContain('REMOVE');
    expect(response.batchItemFailures).toEqual(
      hostileIds.map((id) => ({ itemIdentifier: sequenceOf(event, id) })),
    );
    expect(await mailsTo(victim)).toEqual([]);
  });
});

describe('the full hub configured as in AWS (HUB_MAIL_OUTBOX=table)', () => {
  it('queues its mails as outbox items for the stream and sends none itself', async () => {
    const t = await createTestHub({}, { HUB_MAIL_OUTBOX: 'table' });
    const stream = await TableStream.enable(t);
    const event = await publishedEvent(t);
    const body = registrationBody();
    await stream.next();

    const registered = await register(t, event, body);
    const written = await stream.next();
    stream.destroy();

    expect(registered.status).toBe(201);
    expect(t.hub.mailQueue).toBeInstanceOf(DynamoMailOutbox);
    expect(outboxDeliveries(written).map((delivery) => parseMailMessage(delivery.body!).kind)).toEqual([
      'confirmed',
    ]);
    expect(await mailsTo(body.email)).toEqual([]);
  });
});
