import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';

type Key = { pk: string; sk: string };

/** BatchGetItem takes at most a hundred keys. */
const KEYS_PER_READ = 100;
const MAX_ATTEMPTS = 7;

export interface BatchGetOptions {
  /** Strongly consistent (the default), or eventually consistent at half the read units. */
  consistentRead?: boolean;
  /** Only these attributes: a ProjectionExpression and its attribute names. */
  projection?: { expression: string; names?: Record<string, string> };
}

/**
 * The items of these keys that exist, in no particular order: a hundred keys per BatchGetItem, the keys
 * DynamoDB left unprocessed (throttling) read again after a jittered backoff.
 */
export async function batchGetAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
  { consistentRead = true, projection }: BatchGetOptions = {},
): Promise<Record<string, unknown>[]> {
  const read = {
    ConsistentRead: consistentRead,
    ...(projection
      ? { ProjectionExpression: projection.expression, ExpressionAttributeNames: projection.names }
      : {}),
  };
  const unique = [...new Map(keys.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
  const found: Record<string, unknown>[] = [];
  for (let start = 0; start < unique.length; start += KEYS_PER_READ) {
    let pending: Record<string, unknown>[] | undefined = unique.slice(start, start + KEYS_PER_READ);
    for (let attempt = 1; pending?.length; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error('batch get: unprocessed keys after retries');
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 10 * Math.random()));
      const result: BatchGetCommandOutput = await client.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ...read } } }),
      );
      found.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return found;
}
