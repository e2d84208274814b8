import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHub } from '../../functions/composition/hub.js';
import { createApp } from '../../functions/composition/full-app.js';
import { parseMailMessage } from '../../functions/outbox/mail-messages.js';
import { outboxDeliveries } from '../../functions/outbox/outbox-stream.js';
import { runReminders } from '../../functions/registrations/reminder-job.js';
import { faultyDynamo, mentions } from '../support/faulty-dynamo.js';
import { mailsTo } from '../support/ses-store.js';
import { TableStream } from '../support/table-stream.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import {
  cancellationToken,
  partition,
  postJson,
  publishedEvent,
  register,
  registrationBody,
} from '../registrations/fixtures.js';

const HOUR = 3_600_000;
const writesOutboxItem = mentions('"pk":"OUTBOX#');

/**
 * The hub as in AWS (HUB_MAIL_OUTBOX=table): its mails are outbox items of the table, whose stream feeds the
 * mail worker. The hub under test talks to DynamoDB through a client that fails on demand (aws-sdk-client-mock);
 * the worker and the checks read the table directly.
 */
describe('registration changes and their mails, written in one transaction (finding 10)', () => {
  let t: TestHub;
  let faulty: ReturnType<typeof faultyDynamo>;
  let onFaultyClient: TestHub;
  let stream: TableStream;
  beforeAll(async () => {
    t = await createTestHub({}, { HUB_MAIL_OUTBOX: 'table' });
    stream = await TableStream.enable(t);
    faulty = faultyDynamo(t);
    const hub = buildHub(t.config, { ...t.clients, dynamo: faulty.client });
    onFaultyClient = { ...t, hub, app: createApp(hub) };
  });
  afterAll(() => {
    faulty.restore();
    stream.destroy();
  });

  /** What the stream carried since the last call, handed to the mail worker: the kinds of the mails queued. */
  const deliverQueued = async () => {
    const deliveries = outboxDeliveries(await stream.next());
    const response = await t.hub.mailWorker.handleDeliveries(deliveries);
    expect(response.batchItemFailures).toEqual([]);
    return deliveries.map((delivery) => {
      const message = parseMailMessage(delivery.body!);
      return { kind: message.kind, to: 'registration' in message ? message.registration.email : '' };
    });
  };

  /** An event of one seat: its holder, and one person waiting; their first mails are sent. */
  const fullEventWithWaitlist = async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const bodies = [registrationBody(), registrationBody()];
    for (const body of bodies) await register(onFaultyClient, event, body);
    await deliverQueued();
    const { registrations } = await partition(t, event.id);
    const [holder, waiting] = bodies.map((body) => registrations.find((r) => r.email === body.email)!);
    return { event, holder: holder!, waiting: waiting! };
  };

  it('a registration whose outbox write fails is not stored either; the client’s retry is mailed once', async () => {
    const event = await publishedEvent(t);
    await stream.next();
    const body = registrationBody();
    // Whichever request carries the outbox item fails before it reaches DynamoDB.
    faulty.fail('TransactWriteCommand', writesOutboxItem, 1);
    faulty.fail('PutCommand', writesOutboxItem, 1);

    const failed = await register(onFaultyClient, event, body);
    const afterFailure = await partition(t, event.id);
    const retried = await register(onFaultyClient, event, body);
    const queued = await deliverQueued();

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(afterFailure.registrations).toEqual([]);
    expect(afterFailure.claims).toEqual([]);
    expect(afterFailure.event?.confirmedCount ?? 0).toBe(0);
    expect(retried.status).toBe(201);
    expect(queued).toEqual([{ kind: 'confirmed', to: body.email }]);
    expect(await mailsTo(body.email)).toHaveLength(1);
  });

  it('a cancellation writes the cancelled person’s mail and the promoted person’s in its own transaction', async () => {
    const { event, holder, waiting } = await fullEventWithWaitlist();
    faulty.fail('TransactWriteCommand', mentions(`"sk":"REG#${waiting.id}"`), 1);
    faulty.fail('PutCommand', writesOutboxItem, 1);
    const callsBefore = faulty.calls.length;

    const token = cancellationToken(t, holder);
    const failed = await postJson(onFaultyClient, '/api/registrations/cancel', { token });
    const afterFailure = await partition(t, event.id);
    const cancelled = await postJson(onFaultyClient, '/api/registrations/cancel', { token });
    const queued = await deliverQueued();

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(afterFailure.registrations.map((r) => [r.email, r.status]).sort()).toEqual(
      [
        [holder.email, 'confirmed'],
        [waiting.email, 'waitlisted'],
      ].sort(),
    );
    expect(cancelled.status).toBe(200);
    const promotion = faulty.calls
      .slice(callsBefore)
      .filter((call) => call.command === 'TransactWriteCommand' && writesOutboxItem(call.input));
    expect(promotion.length).toBeGreaterThan(0);
    const items = JSON.stringify(promotion.at(-1)!.input);
    expect(items).toContain(`"sk":"REG#${waiting.id}"`);
    expect(items).toContain(`"sk":"REG#${holder.id}"`);
    expect(queued.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'cancelled', to: holder.email },
      { kind: 'promoted', to: waiting.email },
    ]);
    expect(await mailsTo(waiting.email)).toHaveLength(2);
    expect(await mailsTo(holder.email)).toHaveLength(2);
  });

  it('a promotion by staff writes the promoted person’s mail in its own transaction', async () => {
    const { event, waiting } = await fullEventWithWaitlist();
    faulty.fail('TransactWriteCommand', mentions(`"sk":"REG#${waiting.id}"`), 1);
    faulty.fail('PutCommand', writesOutboxItem, 1);

    const failed = await onFaultyClient.hub.registrations
      .promoteOne(event.id, waiting.id)
      .catch((error: unknown) => error);
    const afterFailure = (await partition(t, event.id)).registrations.find((r) => r.id === waiting.id);
    const promoted = await onFaultyClient.hub.registrations.promoteOne(event.id, waiting.id);
    const queued = await deliverQueued();

    expect(failed).toBeInstanceOf(Error);
    expect(afterFailure?.status).toBe('waitlisted');
    expect(promoted).toMatchObject({
      registration: { id: waiting.id, status: 'confirmed' },
      seatAdded: true,
    });
    expect(queued).toEqual([{ kind: 'promoted', to: waiting.email }]);
    expect(await mailsTo(waiting.email)).toHaveLength(2);
  });

  it('a reminder’s claim and its mail: neither lost when the job dies, nor sent twice when it runs again', async () => {
    // Later than the other tests' events, so that only its reminders are due.
    const startsAt = new Date(Date.now() + 30 * 24 * HOUR);
    const event = await publishedEvent(t, {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 8 * HOUR).toISOString(),
    });
    const body = registrationBody();
    await register(onFaultyClient, event, body);
    await deliverQueued();
    const dayBefore = new Date(new Date(event.startsAt).getTime() - 2 * HOUR);
    const claimsReminder = mentions('"sk":"REMINDER#');

    // The claim's write fails before it reaches DynamoDB: nothing is claimed.
    faulty.fail('TransactWriteCommand', claimsReminder, 1);
    faulty.fail('PutCommand', claimsReminder, 1);
    const failedRun = await runReminders(onFaultyClient.hub, dayBefore).catch((error: unknown) => error);
    const afterFailedRun = (await partition(t, event.id)).reminders;
    // The claim reaches DynamoDB and the job dies right after, before anything else.
    faulty.fail('TransactWriteCommand', claimsReminder, 1, true);
    faulty.fail('PutCommand', claimsReminder, 1, true);
    const diedRun = await runReminders(onFaultyClient.hub, dayBefore).catch((error: unknown) => error);
    const nextRun = await runReminders(onFaultyClient.hub, dayBefore);
    const queued = await deliverQueued();

    expect(failedRun).toBeInstanceOf(Error);
    expect(afterFailedRun).toEqual([]);
    expect(diedRun).toBeInstanceOf(Error);
    expect(nextRun).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(queued).toEqual([{ kind: 'reminder', to: body.email }]);
    expect(await mailsTo(body.email)).toHaveLength(2);
  });
});
