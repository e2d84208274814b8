import {
  DeleteCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { batchGetAll, writeReturningUnlessRefused, writeUnlessRefused } from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { Subscriber, SubscriberStatus, Topic } from './subscriber.js';
import type { PendingRequest, SubscriberAdminStore, SubscriberStore } from './subscriber-store.js';
import { live, toSubscriber } from './dynamo-subscriber-store.js';

const PAGE_SIZE = 500;

/** Topics for staff, batch reads, listings and erasure; the public operations are the public store's. */
export class DynamoSubscriberAdminStore implements SubscriberAdminStore {
  constructor(
    private readonly subscribers: SubscriberStore,
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  listTopics(): Promise<Topic[]> {
    return this.subscribers.listTopics();
  }

  putTopic(topic: Topic): Promise<void> {
    return this.subscribers.putTopic(topic);
  }

  get(email: string, now: Date): Promise<Subscriber | undefined> {
    return this.subscribers.get(email, now);
  }

  recordRequest(request: PendingRequest, now: Date): Promise<void> {
    return this.subscribers.recordRequest(request, now);
  }

  confirm(email: string, nonce: string, now: Date): Promise<Subscriber | undefined> {
    return this.subscribers.confirm(email, nonce, now);
  }

  updatePreferences(
    email: string,
    change: { topics: string[]; tracking: boolean },
    now: Date,
  ): Promise<Subscriber | undefined> {
    return this.subscribers.updatePreferences(email, change, now);
  }

  unsubscribe(email: string, now: Date): Promise<void> {
    return this.subscribers.unsubscribe(email, now);
  }

  async createTopic(topic: Topic): Promise<boolean> {
    return writeUnlessRefused(
      this.dynamo,
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.topic(topic.slug), gsi1pk: keys.topicsIndex, gsi1sk: topic.slug, ...topic },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async renameTopic(slug: string, change: Omit<Topic, 'slug'>): Promise<Topic | undefined> {
    const updated = await writeReturningUnlessRefused(
      this.dynamo,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.topic(slug),
        UpdateExpression: 'SET #name = :name' + (change.translations ? ', translations = :translations' : ''),
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: {
          ':name': change.name,
          ...(change.translations ? { ':translations': change.translations } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    if (!updated?.attributes) return undefined;
    const { name, translations } = updated.attributes as Topic;
    return { slug, name, ...(translations ? { translations } : {}) };
  }

  async deleteTopic(slug: string): Promise<boolean> {
    return writeUnlessRefused(
      this.dynamo,
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.topic(slug),
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }

  async getMany(emails: string[], now: Date): Promise<Map<string, Subscriber>> {
    const found = new Map<string, Subscriber>();
    const items = await batchGetAll(this.dynamo, this.tableName, emails.map(keys.subscriber));
    for (const item of items) {
      const kept = live(item, now);
      if (kept) found.set(String(kept.email), toSubscriber(kept));
    }
    return found;
  }

  async listByStatus(
    status: SubscriberStatus,
    cursor?: string,
  ): Promise<{ items: Subscriber[]; cursor?: string }> {
    const result = await this.dynamo.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE_KEYS.gsi1.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.subscribersIndex(status) },
        Limit: PAGE_SIZE,
        ...(cursor
          ? { ExclusiveStartKey: JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) }
          : {}),
      }),
    );
    return {
      items: (result.Items ?? []).map(toSubscriber),
      ...(result.LastEvaluatedKey
        ? { cursor: Buffer.from(JSON.stringify(result.LastEvaluatedKey)).toString('base64url') }
        : {}),
    };
  }

  async delete(email: string): Promise<void> {
    await this.dynamo.send(new DeleteCommand({ TableName: this.tableName, Key: keys.subscriber(email) }));
  }
}
