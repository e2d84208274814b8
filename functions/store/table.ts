import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * One table for the whole hub. Items are addressed by `pk`/`sk`; `gsi1` serves listings
 * (events by date, registrations by e-mail…); `ttl` (epoch seconds) lets DynamoDB expire tokens.
 * The CDK data stack declares the same keys from these constants.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  gsi1: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  ttlAttribute: 'ttl',
} as const;

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
