import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type BatchGetCommandOutput,
  type BatchWriteCommandOutput,
  type DeleteCommand,
  type DynamoDBDocumentClient,
  type NativeAttributeValue,
  type PutCommand,
  type QueryCommandInput,
  type TransactWriteCommandInput,
  type UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '../contract/table.js';
import { UnavailableError } from '../shared/errors.js';

/**
 * The table as the local hub and the tests create it, and below, the requests every `dynamo-*` store is made
 * of, so that a store's file holds its key layout and its queries only.
 */
export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE_KEYS.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.sortKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.gsi1.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.gsi1.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: TABLE_KEYS.gsi1.name,
        KeySchema: [
          { AttributeName: TABLE_KEYS.gsi1.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.gsi1.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}

/** Epoch seconds for the TTL attribute. */
export function ttlFrom(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

type Item = Record<string, unknown>;
export type Key = { pk: string; sk: string };

/**
 * The attributes only the table reads: the keys of the table and its index, and `type`, the kind of item
 * the registrations' partition mixes (registration, e-mail claim, waitlist entry, reminder). No entity has
 * a field of these names. `ttl` is not among them: a pending subscriber reports its expiry.
 */
export const KEY_ATTRIBUTES: readonly string[] = [
  TABLE_KEYS.partitionKey,
  TABLE_KEYS.sortKey,
  TABLE_KEYS.gsi1.partitionKey,
  TABLE_KEYS.gsi1.sortKey,
  'type',
];

/** The entity an item holds: the item without its key attributes, nor the other table-only ones named. */
export function stripKeys<T>(item: Item, ...tableOnly: string[]): T {
  return Object.fromEntries(
    Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.includes(name) && !tableOnly.includes(name)),
  ) as T;
}

export interface ReadOptions {
  /** Strongly consistent (the default), or eventually consistent at half the read units. */
  consistentRead?: boolean;
  /** Only these attributes: a ProjectionExpression and its attribute names. */
  projection?: { expression: string; names?: Record<string, string> };
}

function readParameters({ consistentRead = true, projection }: ReadOptions) {
  return {
    ConsistentRead: consistentRead,
    ...(projection
      ? { ProjectionExpression: projection.expression, ExpressionAttributeNames: projection.names }
      : {}),
  };
}

/** The item at this key, as stored (keys included), or undefined. */
export async function getItem(
  client: DynamoDBDocumentClient,
  tableName: string,
  key: Key,
  options: ReadOptions = {},
): Promise<Item | undefined> {
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: key, ...readParameters(options) }),
  );
  return Item;
}

/** Every item a query matches, following DynamoDB's pages (1 MB each) to the end. */
export async function queryAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await client.send(
      new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** BatchGetItem takes at most a hundred keys. */
const KEYS_PER_READ = 100;
const MAX_BATCH_ATTEMPTS = 7;

/**
 * The items of these keys that exist, in no particular order: a hundred keys per BatchGetItem, the keys
 * DynamoDB left unprocessed (throttling) read again after a jittered backoff.
 */
export async function batchGetAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
  options: ReadOptions = {},
): Promise<Item[]> {
  const read = readParameters(options);
  const unique = [...new Map(keys.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
  const found: Item[] = [];
  for (let start = 0; start < unique.length; start += KEYS_PER_READ) {
    let pending: Item[] | undefined = unique.slice(start, start + KEYS_PER_READ);
    for (let attempt = 1; pending?.length; attempt++) {
      if (attempt > MAX_BATCH_ATTEMPTS) throw new UnavailableError();
      if (attempt > 1) await sleep(2 ** attempt * 10 * Math.random());
      const result: BatchGetCommandOutput = await client.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ...read } } }),
      );
      found.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return found;
}

/** BatchWriteItem takes at most twenty-five requests. */
const WRITES_PER_BATCH = 25;

/** Deletes these items, twenty-five per BatchWriteItem, the unprocessed ones sent again after a jittered backoff. */
export async function batchDeleteAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
): Promise<void> {
  for (let start = 0; start < keys.length; start += WRITES_PER_BATCH) {
    let pending: BatchWriteCommandOutput['UnprocessedItems'] = {
      [tableName]: keys
        .slice(start, start + WRITES_PER_BATCH)
        .map((key) => ({ DeleteRequest: { Key: key } })),
    };
    for (let attempt = 1; pending?.[tableName]?.length; attempt++) {
      if (attempt > MAX_BATCH_ATTEMPTS) throw new UnavailableError();
      if (attempt > 1) await sleep(2 ** attempt * 10 * Math.random());
      const result: BatchWriteCommandOutput = await client.send(
        new BatchWriteCommand({ RequestItems: pending }),
      );
      pending = result.UnprocessedItems;
    }
  }
}

/** A single-item write whose ConditionExpression may refuse it. */
export type ConditionalWrite = PutCommand | UpdateCommand | DeleteCommand;

/** A write the condition let through, with the item attributes its ReturnValues asked for (if any). */
export interface Written {
  attributes: Record<string, NativeAttributeValue> | undefined;
}

/**
 * Sends a conditional write: what was written, or `undefined` when the condition refused it.
 * A refusal is an expected outcome (a rule or a race said no); every other error is thrown.
 */
export async function writeReturningUnlessRefused(
  client: DynamoDBDocumentClient,
  command: ConditionalWrite,
): Promise<Written | undefined> {
  try {
    // The three commands share one output shape for what is read here; send's overloads take one at a time.
    const { Attributes } = await client.send(command as UpdateCommand);
    return { attributes: Attributes };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/** Sends a conditional write: true when written, false when its condition refused it; other errors are thrown. */
export async function writeUnlessRefused(
  client: DynamoDBDocumentClient,
  command: ConditionalWrite,
): Promise<boolean> {
  return (await writeReturningUnlessRefused(client, command)) !== undefined;
}

/** The items of one TransactWriteItems (at most a hundred, one per item of the table). */
export type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

export type CancellationCode = string | undefined;

/**
 * Outcome of a transaction whose conditions may legitimately fail: `ok`, or the per-item
 * cancellation codes (`ConditionalCheckFailed`, `None`…) so the caller can tell which rule refused.
 */
export type TransactOutcome = { ok: true } | { ok: false; reasons: CancellationCode[] };

const MAX_TRANSACT_ATTEMPTS = 40;

/**
 * Runs a TransactWriteItems, retrying the conflicts that concurrent transactions on the same item
 * cause (TransactionConflict, throttling) with full jitter; condition failures are returned, not thrown.
 */
export async function transactWrite(
  client: DynamoDBDocumentClient,
  input: TransactWriteCommandInput,
): Promise<TransactOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.send(new TransactWriteCommand(input));
      return { ok: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = (error.CancellationReasons ?? []).map((reason) => reason.Code);
      if (reasons.includes('ConditionalCheckFailed')) return { ok: false, reasons };
      const retryable = reasons.some(
        (code) =>
          code === 'TransactionConflict' ||
          code === 'ThrottlingError' ||
          code === 'ProvisionedThroughputExceeded',
      );
      if (!retryable) return { ok: false, reasons };
      if (attempt >= MAX_TRANSACT_ATTEMPTS) throw new UnavailableError();
      await sleep(Math.random() * Math.min(400, 5 * 2 ** attempt));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
