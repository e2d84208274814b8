import { GetCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '../store/query-all.js';
import { keys } from '../store/keys.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { HubEvent } from './event.js';
import type { PublicEventStore } from './event-store.js';

type Item = Record<string, unknown>;

/** Attributes that only the table needs; never part of a HubEvent. */
const TABLE_ONLY = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'waitlistSeq'] as const;

export function toEvent(item: Item): HubEvent {
  const event: Item = { ...item };
  for (const attribute of TABLE_ONLY) delete event[attribute];
  return event as unknown as HubEvent;
}

/** Events as the public reads them; DynamoEventStore extends this class with the staff operations. */
export class DynamoPublicEventStore implements PublicEventStore {
  constructor(
    protected readonly client: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {}

  async get(id: string): Promise<HubEvent | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.event(id), ConsistentRead: true }),
    );
    return Item ? toEvent(Item) : undefined;
  }

  async getBySlug(slug: string): Promise<HubEvent | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.slug(slug), ConsistentRead: true }),
    );
    const eventId = Item?.['eventId'];
    return typeof eventId === 'string' ? this.get(eventId) : undefined;
  }

  listPublished(): Promise<HubEvent[]> {
    return this.queryIndex({
      FilterExpression: '#status = :published',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':published': 'published' },
    });
  }

  protected async queryIndex(filter: Partial<QueryCommandInput>): Promise<HubEvent[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: '#gsi1pk = :events',
      ...filter,
      ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk', ...filter.ExpressionAttributeNames },
      ExpressionAttributeValues: { ':events': keys.eventsIndex, ...filter.ExpressionAttributeValues },
    });
    return items.map(toEvent);
  }
}
