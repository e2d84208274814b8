import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HubEvent } from '../events/event.js';
import { keys } from '../store/keys.js';
import {
  getItem,
  stripKeys,
  transactWrite,
  type TransactItems,
  type TransactOutcome,
} from '../store/table.js';
import type { Registration } from './registration.js';
import type { OutboxItems } from '../outbox/outbox-items.js';
import type { RegistrantMail } from './notifier.js';
import { KeyedLimiter } from './keyed-limiter.js';

/**
 * The items of an event's partition that both registration stores read and write (the registrations,
 * their waitlist entries, the event's counters), and the queue their transactions take.
 */

export type EventCounters = { waitlistSeq: number } & Pick<
  HubEvent,
  'status' | 'capacity' | 'waitlist' | 'confirmedCount' | 'waitlistedCount'
>;
export type { OutboxItems, TransactItems };

/**
 * A change's mails: the outbox items its transaction writes (appended after its own items, whose positions
 * tell which condition refused), or, without a table outbox, none written and all handed back to be queued.
 */
export function mailWrites(
  outbox: OutboxItems | undefined,
  mails: RegistrantMail[],
): { items: TransactItems; mailsToQueue: RegistrantMail[] } {
  return outbox ? { items: outbox.putsFor(mails), mailsToQueue: [] } : { items: [], mailsToQueue: mails };
}

// Each retry follows a lost race (a seat taken, a waitlisted person promoted by someone else);
// conflicts themselves are retried inside transactWrite.
export const MAX_RACES = 50;
const TRANSACTIONS_PER_EVENT = 1;

// One queue per process, whichever store sends the transaction: the public store's registrations and
// cancellations and the admin store's promotions all write the same counters item.
const perEvent = new KeyedLimiter(TRANSACTIONS_PER_EVENT);

/** Runs a task that writes the event's counters in the event's queue. */
export function onEventQueue<T>(eventId: string, task: () => Promise<T>): Promise<T> {
  return perEvent.run(eventId, task);
}

/** Every transaction that writes the event's counters goes through the event's queue. */
export function transactOnEvent(
  client: DynamoDBDocumentClient,
  eventId: string,
  items: TransactItems,
): Promise<TransactOutcome> {
  return onEventQueue(eventId, () => transactWrite(client, { TransactItems: items }));
}

export const toRegistration = (item: Record<string, unknown>): Registration => stripKeys<Registration>(item);

export async function readRegistration(
  client: DynamoDBDocumentClient,
  tableName: string,
  eventId: string,
  registrationId: string,
): Promise<Registration | undefined> {
  const item = await getItem(client, tableName, keys.registration(eventId, registrationId));
  return item ? toRegistration(item) : undefined;
}

export async function readCounters(
  client: DynamoDBDocumentClient,
  tableName: string,
  eventId: string,
): Promise<EventCounters | undefined> {
  const event = await getItem(client, tableName, keys.event(eventId));
  if (!event) return undefined;
  return {
    status: event.status as HubEvent['status'],
    capacity: typeof event.capacity === 'number' ? event.capacity : undefined,
    waitlist: event.waitlist === true,
    confirmedCount: Number(event.confirmedCount ?? 0),
    waitlistedCount: Number(event.waitlistedCount ?? 0),
    waitlistSeq: Number(event.waitlistSeq ?? 0),
  };
}

export async function readFirstWaitlistEntry(
  client: DynamoDBDocumentClient,
  tableName: string,
  eventId: string,
): Promise<{ position: number; registrationId: string } | undefined> {
  const { Items } = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.event(eventId).pk, ':prefix': keys.waitlistPrefix },
      ConsistentRead: true,
      Limit: 1,
    }),
  );
  const entry = Items?.[0];
  return entry
    ? { position: Number(entry.position), registrationId: String(entry.registrationId) }
    : undefined;
}

/**
 * A waitlisted registration as promoteItem leaves it, known before the transaction so that the promotion
 * mail is written in it.
 */
export function promotedFrom(waiting: Registration, now: Date): Registration {
  return { ...waiting, status: 'confirmed', updatedAt: now.toISOString() };
}

export function promoteItem(tableName: string, eventId: string, registrationId: string, now: Date) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.registration(eventId, registrationId),
      UpdateExpression: 'SET #status = :confirmed, updatedAt = :now',
      ConditionExpression: '#status = :waitlisted',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':confirmed': 'confirmed',
        ':waitlisted': 'waitlisted',
        ':now': now.toISOString(),
      },
    },
  };
}

export function deleteWaitlistEntryItem(tableName: string, eventId: string, position: number) {
  return {
    Delete: {
      TableName: tableName,
      Key: keys.waitlistEntry(eventId, position),
      // Gone means someone else promoted or removed this person first: we must start over.
      ConditionExpression: 'attribute_exists(pk)',
    },
  };
}

export function updateCountersItem(tableName: string, eventId: string, set: string, condition?: string) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.event(eventId),
      UpdateExpression: `SET ${set}`,
      ...(condition ? { ConditionExpression: condition } : {}),
      ...(condition?.includes('#capacity') ? { ExpressionAttributeNames: { '#capacity': 'capacity' } } : {}),
      ExpressionAttributeValues: { ':one': 1, ...(condition?.includes(':zero') ? { ':zero': 0 } : {}) },
    },
  };
}

export function assertOnlyConditionsFailed(outcome: { ok: false; reasons: (string | undefined)[] }): void {
  if (!outcome.reasons.includes('ConditionalCheckFailed')) {
    throw new Error(`Transaction refusée : ${outcome.reasons.join(', ')}`);
  }
}
