import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, queryAll, stripKeys } from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { HubEvent } from './event.js';
import type { EventStore } from './event-store.js';

type Item = Record<string, unknown>;

/** The waitlist's last position handed out is the registration transactions' business, never a HubEvent's. */
export const toEvent = (item: Item): HubEvent => stripKeys<HubEvent>(item, 'waitlistSeq');

/** Events as the public reads them; DynamoEventAdminStore does what staff do. */
export class DynamoEventStore implements EventStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<HubEvent | undefined> {
    const item = await getItem(this.client, this.tableName, keys.event(id));
    return item ? toEvent(item) : undefined;
  }

  async getBySlug(slug: string): Promise<HubEvent | undefined> {
    const claim = await getItem(this.client, this.tableName, keys.slug(slug));
    const eventId = claim?.['eventId'];
    return typeof eventId === 'string' ? this.get(eventId) : undefined;
  }

  listPublished(): Promise<HubEvent[]> {
    return queryEventsIndex(this.client, this.tableName, {
      FilterExpression: '#status = :published',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':published': 'published' },
    });
  }
}

/** The events of the index, soonest first, that pass the filter. */
export async function queryEventsIndex(
  client: DynamoDBDocumentClient,
  tableName: string,
  filter: Partial<QueryCommandInput>,
): Promise<HubEvent[]> {
  const items = await queryAll(client, tableName, {
    IndexName: TABLE_KEYS.gsi1.name,
    KeyConditionExpression: '#gsi1pk = :events',
    ...filter,
    ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk', ...filter.ExpressionAttributeNames },
    ExpressionAttributeValues: { ':events': keys.eventsIndex, ...filter.ExpressionAttributeValues },
  });
  return items.map(toEvent);
}
