import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { transactWrite, writeReturningUnlessRefused } from '../store/table.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import type { HubEvent } from './event.js';
import { queryEventsIndex, toEvent } from './dynamo-event-store.js';
import {
  DERIVED_EVENT_FIELDS,
  EDITABLE_EVENT_FIELDS,
  SlugTakenError,
  type EventAdminStore,
  type EventStore,
  type EventUpdate,
} from './event-store.js';

type Item = Record<string, unknown>;

/** The index sort key: UTC instants sort as strings, the id breaks ties between events at the same time. */
export function eventIndexSortKey(startsAt: string, id: string): string {
  return `${new Date(startsAt).toISOString()}#${id}`;
}

/** Creating, editing and listing events for staff; the public reads are the public store's. */
export class DynamoEventAdminStore implements EventAdminStore {
  constructor(
    private readonly events: EventStore,
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  get(id: string): Promise<HubEvent | undefined> {
    return this.events.get(id);
  }

  getBySlug(slug: string): Promise<HubEvent | undefined> {
    return this.events.getBySlug(slug);
  }

  listPublished(): Promise<HubEvent[]> {
    return this.events.listPublished();
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
    if (update.expectedStartsAt)
      conditions.push(`${expression.name('startsAt')} = ${expression.value(update.expectedStartsAt)}`);

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
    return queryEventsIndex(this.client, this.tableName, {});
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
    if (update.expectedStartsAt && current.startsAt !== update.expectedStartsAt)
      return new ConflictError(
        'L’événement a été déplacé entre-temps ; rechargez-le et réessayez.',
        'date-modifiee',
      );
    return new ConflictError(
      `La capacité ne peut pas être inférieure au nombre d’inscrits confirmés (${current.confirmedCount}).`,
      'capacite-insuffisante',
    );
  }
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
