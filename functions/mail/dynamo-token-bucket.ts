import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, writeUnlessRefused } from '../store/table.js';
import type { SendRate } from './send-rate.js';

export interface TokenBucketOptions {
  /** Tokens per second (HUB_SES_MAX_RATE). */
  rate: number;
  /** Burst: at most this many tokens accumulate (default: one second's worth). */
  capacity?: number;
  name?: string;
  now?: () => number;
}

/**
 * A token bucket in DynamoDB, so that every Lambda worker draws from the same SES quota. Each grant is
 * an optimistic write conditioned on the version read; callers take tokens by the handful to keep the
 * item cool, and sleep exactly as long as the missing tokens take to accrue.
 */
export class DynamoTokenBucket implements SendRate {
  private readonly capacity: number;
  private readonly now: () => number;

  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: TokenBucketOptions,
  ) {
    this.capacity = Math.max(1, options.capacity ?? options.rate);
    this.now = options.now ?? Date.now;
  }

  async acquire(count: number): Promise<void> {
    let missing = count;
    while (missing > 0) {
      const granted = await this.take(Math.min(missing, this.capacity));
      missing -= granted.tokens;
      if (missing > 0 && granted.waitMs > 0) await sleep(granted.waitMs);
    }
  }

  /** Takes what is available now, up to `wanted`; says how long until the rest accrues. */
  private async take(wanted: number): Promise<{ tokens: number; waitMs: number }> {
    const key = keys.rateBucket(this.options.name ?? 'ses');
    const bucket = await getItem(this.dynamo, this.tableName, key);
    const now = this.now();
    const version = typeof bucket?.version === 'number' ? bucket.version : 0;
    const lastTokens = typeof bucket?.tokens === 'number' ? bucket.tokens : this.capacity;
    const lastAt = typeof bucket?.at === 'number' ? bucket.at : now;
    const available = Math.min(this.capacity, lastTokens + ((now - lastAt) * this.options.rate) / 1000);
    const tokens = Math.min(wanted, Math.floor(available));
    if (tokens < 1)
      return {
        tokens: 0,
        waitMs: Math.ceil(((Math.min(wanted, this.capacity) - available) * 1000) / this.options.rate),
      };
    const taken = await writeUnlessRefused(
      this.dynamo,
      new PutCommand({
        TableName: this.tableName,
        Item: { ...key, tokens: available - tokens, at: now, version: version + 1 },
        ConditionExpression: 'attribute_not_exists(pk) OR version = :version',
        ExpressionAttributeValues: { ':version': version },
      }),
    );
    // Another sender moved the bucket first: read it again shortly, at a jittered moment.
    return taken ? { tokens, waitMs: 0 } : { tokens: 0, waitMs: Math.random() * 20 };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
