import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '../contract/table.js';
import { keys } from '../store/keys.js';
import { ttlFrom, writeUnlessRefused } from '../store/table.js';
import type { RateCounter } from './rate-counter.js';

/** One item per counter and window; one conditional UpdateItem per hit, so concurrent hits never overshoot. */
export class DynamoRateCounter implements RateCounter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  hit(counterId: string, limit: number, expiresAt: Date): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.rateLimit(counterId),
        UpdateExpression: 'ADD #hits :one SET #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(#hits) OR #hits < :limit',
        ExpressionAttributeNames: { '#hits': 'hits', '#ttl': TABLE_KEYS.ttlAttribute },
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': ttlFrom(expiresAt) },
      }),
    );
  }
}
