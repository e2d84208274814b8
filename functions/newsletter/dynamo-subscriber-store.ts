import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import {
  getItem,
  queryAll,
  stripKeys,
  ttlFrom,
  writeReturningUnlessRefused,
  writeUnlessRefused,
} from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { OptOut, Subscriber, Topic } from './subscriber.js';
import type { PendingRequest, SubscriberStore } from './subscriber-store.js';

type PendingItem = NonNullable<Subscriber['pending']>;

export const toSubscriber = (item: Record<string, unknown>): Subscriber => stripKeys<Subscriber>(item);

/** A pending-only item whose TTL passed is gone, even if DynamoDB (Local) has not deleted it yet. */
export function live(
  item: Record<string, unknown> | undefined,
  now: Date,
): Record<string, unknown> | undefined {
  if (!item) return undefined;
  if (typeof item.ttl === 'number' && item.ttl <= ttlFrom(now)) return undefined;
  return item;
}

/**
 * Subscribers and topics as the public reaches them (subscribe, confirm, preferences, unsubscribe);
 * DynamoSubscriberAdminStore does what staff, the campaigns and the RGPD jobs do.
 */
export class DynamoSubscriberStore implements SubscriberStore {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listTopics(): Promise<Topic[]> {
    const items = await queryAll(this.dynamo, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.topicsIndex },
    });
    return items.map((item) => ({
      slug: String(item.slug),
      name: String(item.name),
      ...(item.translations ? { translations: item.translations as Topic['translations'] } : {}),
    }));
  }

  async putTopic(topic: Topic): Promise<void> {
    await this.dynamo.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.topic(topic.slug), gsi1pk: keys.topicsIndex, gsi1sk: topic.slug, ...topic },
      }),
    );
  }

  async get(email: string, now: Date): Promise<Subscriber | undefined> {
    const item = live(await getItem(this.dynamo, this.tableName, keys.subscriber(email)), now);
    return item ? toSubscriber(item) : undefined;
  }

  async recordRequest(request: PendingRequest, now: Date): Promise<void> {
    const at = now.toISOString();
    const pending: PendingItem = {
      nonce: request.nonce,
      topics: request.topics,
      firstName: request.firstName,
      tracking: request.tracking,
      language: request.language,
      consent: request.consent,
      expiresAt: request.expiresAt.toISOString(),
    };
    // Each write is refused when the other one applies: a status that changed between them sends us round again.
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await this.addRequestKeepingStatus(request.email, pending, at)) return;
      if (await this.recordPendingAddress(request, pending, at)) return;
    }
    throw new Error('the subscriber record kept changing during a subscription request');
  }

  /** A confirmed subscriber keeps receiving what they chose; an unsubscribed one stays opted out (and kept). */
  private addRequestKeepingStatus(email: string, pending: PendingItem, at: string): Promise<boolean> {
    return writeUnlessRefused(
      this.dynamo,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.subscriber(email),
        ConditionExpression: '#status IN (:confirmed, :unsubscribed)',
        UpdateExpression: 'SET #pending = :pending, lastInteractionAt = :at',
        ExpressionAttributeNames: { '#status': 'status', '#pending': 'pending' },
        ExpressionAttributeValues: {
          ':confirmed': 'confirmed',
          ':unsubscribed': 'unsubscribed',
          ':pending': pending,
          ':at': at,
        },
      }),
    );
  }

  /** A new or lapsed address is pending, and forgotten when its request expires. */
  private recordPendingAddress(request: PendingRequest, pending: PendingItem, at: string): Promise<boolean> {
    return writeUnlessRefused(
      this.dynamo,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.subscriber(request.email),
        ConditionExpression: 'attribute_not_exists(#status) OR #status = :pending_status',
        UpdateExpression:
          'SET email = :email, #status = :pending_status, topics = if_not_exists(topics, :none), ' +
          'tracking = if_not_exists(tracking, :false), #pending = :pending, createdAt = if_not_exists(createdAt, :at), ' +
          'lastInteractionAt = :at, #ttl = :ttl, gsi1pk = :gsi1pk, gsi1sk = :email',
        ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl', '#pending': 'pending' },
        ExpressionAttributeValues: {
          ':email': request.email,
          ':pending_status': 'pending',
          ':none': [],
          ':false': false,
          ':pending': pending,
          ':at': at,
          ':ttl': ttlFrom(request.expiresAt),
          ':gsi1pk': keys.subscribersIndex('pending'),
        },
      }),
    );
  }

  async confirm(email: string, nonce: string, now: Date): Promise<Subscriber | undefined> {
    const current = await this.get(email, now);
    const pending = current?.pending;
    if (!current || !pending || pending.nonce !== nonce) return undefined;
    const at = now.toISOString();
    const topics = [
      ...new Set([...(current.status === 'confirmed' ? current.topics : []), ...pending.topics]),
    ];
    // The opt-out this confirmation ends stays as proof, with the consent it had withdrawn.
    const optOut: OptOut | undefined = current.unsubscribedAt
      ? { unsubscribedAt: current.unsubscribedAt, ...(current.consent ? { consent: current.consent } : {}) }
      : undefined;
    const updated = await writeReturningUnlessRefused(
      this.dynamo,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.subscriber(email),
        ConditionExpression: '#pending.nonce = :nonce AND #status = :was',
        UpdateExpression:
          'SET #status = :confirmed, topics = :topics, tracking = :tracking, #language = :language, consent = :consent, ' +
          'lastInteractionAt = :at, gsi1pk = :gsi1pk, gsi1sk = :email' +
          (pending.firstName ? ', firstName = :firstName' : '') +
          (optOut ? ', optOuts = list_append(if_not_exists(optOuts, :none), :optOut)' : '') +
          ' REMOVE #pending, #ttl, unsubscribedAt',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#ttl': 'ttl',
          '#pending': 'pending',
          '#language': 'language',
        },
        ExpressionAttributeValues: {
          ':nonce': nonce,
          ':language': pending.language ?? 'fr',
          ':was': current.status,
          ':confirmed': 'confirmed',
          ':topics': topics,
          ':tracking': pending.tracking,
          ':consent': { ...pending.consent, confirmedAt: at },
          ':at': at,
          ':gsi1pk': keys.subscribersIndex('confirmed'),
          ':email': email,
          ...(pending.firstName ? { ':firstName': pending.firstName } : {}),
          ...(optOut ? { ':none': [], ':optOut': [optOut] } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return updated?.attributes ? toSubscriber(updated.attributes) : undefined;
  }

  async updatePreferences(
    email: string,
    change: { topics: string[]; tracking: boolean },
    now: Date,
  ): Promise<Subscriber | undefined> {
    const updated = await writeReturningUnlessRefused(
      this.dynamo,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.subscriber(email),
        ConditionExpression: '#status = :confirmed',
        UpdateExpression: 'SET topics = :topics, tracking = :tracking, lastInteractionAt = :at',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':confirmed': 'confirmed',
          ':topics': change.topics,
          ':tracking': change.tracking,
          ':at': now.toISOString(),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return updated?.attributes ? toSubscriber(updated.attributes) : undefined;
  }

  async unsubscribe(email: string, now: Date): Promise<void> {
    const at = now.toISOString();
    // Only the address and the date are kept: the proof that this person must not be written to.
    await this.dynamo.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.subscriber(email),
        UpdateExpression:
          'SET email = :email, #status = :unsubscribed, topics = :none, tracking = :false, ' +
          'unsubscribedAt = if_not_exists(unsubscribedAt, :at), lastInteractionAt = :at, createdAt = if_not_exists(createdAt, :at), ' +
          'gsi1pk = :gsi1pk, gsi1sk = :email REMOVE #pending, #ttl, firstName',
        ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl', '#pending': 'pending' },
        ExpressionAttributeValues: {
          ':email': email,
          ':unsubscribed': 'unsubscribed',
          ':none': [],
          ':false': false,
          ':at': at,
          ':gsi1pk': keys.subscribersIndex('unsubscribed'),
        },
      }),
    );
  }
}
