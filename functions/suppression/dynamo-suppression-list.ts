import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { addressHash } from '../shared/address-hash.js';
import { batchGetAll, queryAll } from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { SuppressionFigures, SuppressionList, SuppressionReason } from './suppression-list.js';

const BATCH_GET_LIMIT = 100;

export class DynamoSuppressionList implements SuppressionList {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async suppress(email: string, reason: SuppressionReason, at: Date): Promise<void> {
    // The first reason and date are kept: SES may report the same address again.
    await this.dynamo.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.suppression(email),
        UpdateExpression:
          'SET #reason = if_not_exists(#reason, :reason), suppressedAt = if_not_exists(suppressedAt, :at), gsi1pk = :index, gsi1sk = :hash',
        ExpressionAttributeNames: { '#reason': 'reason' },
        ExpressionAttributeValues: {
          ':reason': reason,
          ':at': at.toISOString(),
          ':index': keys.suppressionsIndex,
          ':hash': addressHash(email),
        },
      }),
    );
  }

  async recordSoftBounce(email: string, at: Date): Promise<void> {
    await this.dynamo.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.suppression(email),
        UpdateExpression: 'ADD softBounces :one SET lastSoftBounceAt = :at, gsi1pk = :index, gsi1sk = :hash',
        ExpressionAttributeValues: {
          ':one': 1,
          ':at': at.toISOString(),
          ':index': keys.suppressionsIndex,
          ':hash': addressHash(email),
        },
      }),
    );
  }

  async suppressedAmong(emails: string[]): Promise<Set<string>> {
    const unique = [...new Set(emails)];
    const suppressed = new Set<string>();
    for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
      // Items are keyed by a hash of the address (keys.ts): map each key back to the address asked about.
      const byKey = new Map(
        unique.slice(start, start + BATCH_GET_LIMIT).map((email) => [keys.suppression(email).pk, email]),
      );
      for (const item of await this.getAll([...byKey.values()])) {
        const email = byKey.get(String(item.pk));
        if (item.reason && email) suppressed.add(email);
      }
    }
    return suppressed;
  }

  /** One paginated query of the suppression index, reading two small attributes per address. */
  async figures(): Promise<SuppressionFigures> {
    const items = await queryAll(this.dynamo, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :index',
      ExpressionAttributeValues: { ':index': keys.suppressionsIndex },
      ProjectionExpression: '#reason, softBounces',
      ExpressionAttributeNames: { '#reason': 'reason' },
    });
    const figures: SuppressionFigures = { bounce: 0, complaint: 0, softBouncedAddresses: 0, softBounces: 0 };
    for (const item of items) {
      if (item.reason === 'bounce' || item.reason === 'complaint') figures[item.reason]++;
      const softBounces = Number(item.softBounces ?? 0);
      if (softBounces > 0) {
        figures.softBouncedAddresses++;
        figures.softBounces += softBounces;
      }
    }
    return figures;
  }

  private getAll(emails: string[]): Promise<Record<string, unknown>[]> {
    return batchGetAll(this.dynamo, this.tableName, emails.map(keys.suppression), {
      consistentRead: false,
      projection: { expression: 'pk, #reason', names: { '#reason': 'reason' } },
    });
  }
}
