import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, ttlFrom, writeUnlessRefused } from '../store/table.js';
import { MAIL_CLAIM_LEASE_MS, MAIL_CLAIM_TTL_DAYS } from '../contract/queues.js';
import type { MailClaimOutcome, MailClaims } from './mail-claims.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Mail claims as table items keyed by the message id: they hold no address, and expire after a few days. */
export class DynamoMailClaims implements MailClaims {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly leaseMs: number = MAIL_CLAIM_LEASE_MS,
  ) {}

  async claim(messageId: string, now: Date): Promise<MailClaimOutcome> {
    const claimed = await writeUnlessRefused(
      this.dynamo,
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.mailClaim(messageId),
          state: 'sending',
          claimedAt: now.getTime(),
          ttl: ttlFrom(new Date(now.getTime() + MAIL_CLAIM_TTL_DAYS * DAY_MS)),
        },
        // A claim older than the lease belongs to a worker that died before sending: the send is taken over.
        ConditionExpression: 'attribute_not_exists(pk) OR (#state = :sending AND claimedAt < :stale)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sending': 'sending', ':stale': now.getTime() - this.leaseMs },
      }),
    );
    if (claimed) return 'claimed';
    const claim = await getItem(this.dynamo, this.tableName, keys.mailClaim(messageId));
    return claim?.state === 'sending' ? 'in-flight' : 'done';
  }

  async complete(messageId: string, now: Date): Promise<void> {
    await this.dynamo.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.mailClaim(messageId),
        UpdateExpression: 'SET #state = :sent, sentAt = :sentAt REMOVE claimedAt',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sent': 'sent', ':sentAt': now.toISOString() },
      }),
    );
    // Only an unsent message needs its copy (a redrive reads it); a sent one keeps no name or address for days.
    // The in-process outbox writes none: deleting an absent item is a no-op.
    await this.dynamo.send(
      new DeleteCommand({ TableName: this.tableName, Key: keys.mailMessage(messageId) }),
    );
  }

  async release(messageId: string): Promise<void> {
    await writeUnlessRefused(
      this.dynamo,
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.mailClaim(messageId),
        ConditionExpression: '#state = :sending',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sending': 'sending' },
      }),
    );
  }
}
