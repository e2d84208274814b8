import { queryAll } from '../store/query-all.js';
import {
  GetCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { writeReturningUnlessRefused } from '../store/conditional-write.js';
import { keys } from '../store/keys.js';
import { TABLE_KEYS } from '../store/table.js';
import { transactWrite } from '../store/transact.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import type { HubEvent } from './event.js';
import {
  DERIVED_EVENT_FIELDS,
  EDITABLE_EVENT_FIELDS,
  SlugTakenError,
  type EventStore,
  type EventUpdate,
} from './event-store.js';

type Item = Record<string, unknown>;

/** Attributes that only the table needs; never part of a HubEvent. */
const TABLE_ONLY = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'waitlistSeq'] as const;

/** The index sort key: UTC instants sort as strings, the id breaks ties between events at the same time. */
export function eventIndexSortKey(startsAt: string, id: string): string {
  return `${new Date(startsAt).toISOString()}#${id}`;
}

export class DynamoEventStore implements EventStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
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

  async create(event: HubEvent): Promise<void> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.slug(event.slug), eventId: event.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...event,
              ...keys.event(event.id),
              gsi1pk: keys.eventsIndex,
              gsi1sk: eventIndexSortKey(event.startsAt, event.id),
              confirmedCount: 0,
              waitlistedCount: 0,
              waitlistSeq: 0,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    if (outcome.ok) return;
    if (outcome.reasons[0] === 'ConditionalCheckFailed') throw new SlugTakenError(event.slug);
    throw new Error(`event creation refused: ${outcome.reasons.join(',')}`);
  }

  async update(id: string, update: EventUpdate): Promise<HubEvent> {
    const expression = new UpdateBuilder();
    for (const field of [...EDITABLE_EVENT_FIELDS, ...DERIVED_EVENT_FIELDS]) {
      const value = update.changes[field];
      if (value === undefined) continue;
      if (value === null) expression.remove(field);
      else expression.set(field, value);
    }
    if (typeof update.changes.startsAt === 'string')
      expression.set('gsi1sk', eventIndexSortKey(update.changes.startsAt, id));
    expression.set('updatedAt', update.updatedAt);
    if (update.bumpSequence) expression.increment('sequence');

    const conditions = ['attribute_exists(pk)'];
    if (typeof update.changes.capacity === 'number')
      conditions.push(`confirmedCount <= ${expression.value(update.changes.capacity)}`);
    if (update.expectedStatus)
      conditions.push(`${expression.name('status')} = ${expression.value(update.expectedStatus)}`);

    const updated = await writeReturningUnlessRefused(
      this.client,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.event(id),
        UpdateExpression: expression.toString(),
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: expression.names,
        ExpressionAttributeValues: expression.values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    if (!updated) throw await this.explainRefusal(id, update);
    return toEvent(updated.attributes as Item);
  }

  listAll(): Promise<HubEvent[]> {
    return this.queryIndex({});
  }

  listPublished(): Promise<HubEvent[]> {
    return this.queryIndex({
      FilterExpression: '#status = :published',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':published': 'published' },
    });
  }

  private async queryIndex(filter: Partial<QueryCommandInput>): Promise<HubEvent[]> {
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

  /** A conditional update failed: say which rule refused, from the item as it is now. */
  private async explainRefusal(id: string, update: EventUpdate): Promise<Error> {
    const current = await this.get(id);
    if (!current) return new NotFoundError('Cet événement est introuvable.');
    if (update.expectedStatus && current.status !== update.expectedStatus)
      return new ConflictError(
        'L’événement a changé de statut entre-temps ; rechargez-le et réessayez.',
        'statut-modifie',
      );
    return new ConflictError(
      `La capacité ne peut pas être inférieure au nombre d’inscrits confirmés (${current.confirmedCount}).`,
      'capacite-insuffisante',
    );
  }
}

function toEvent(item: Item): HubEvent {
  const event: Item = { ...item };
  for (const attribute of TABLE_ONLY) delete event[attribute];
  return event as unknown as HubEvent;
}

/** Builds an UpdateExpression with placeholder names and values, so any field name is safe. */
class UpdateBuilder {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private readonly sets: string[] = [];
  private readonly removes: string[] = [];
  private counter = 0;

  name(field: string): string {
    const placeholder = `#${field}`;
    this.names[placeholder] = field;
    return placeholder;
  }

  value(value: unknown): string {
    const placeholder = `:v${this.counter++}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  set(field: string, value: unknown): void {
    this.sets.push(`${this.name(field)} = ${this.value(value)}`);
  }

  remove(field: string): void {
    this.removes.push(this.name(field));
  }

  increment(field: string): void {
    const name = this.name(field);
    this.sets.push(`${name} = ${name} + ${this.value(1)}`);
  }

  toString(): string {
    return [
      this.sets.length ? `SET ${this.sets.join(', ')}` : '',
      this.removes.length ? `REMOVE ${this.removes.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
}
