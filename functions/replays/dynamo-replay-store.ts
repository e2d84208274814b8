import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { queryAll, stripKeys, transactWrite } from '../store/table.js';
import type { OutboxItems } from '../outbox/outbox-items.js';
import type { RegistrantMail } from '../registrations/notifier.js';
import type { Replay, ReplayFile, ReplayView } from './replay.js';
import type { ReplayMailClaim, ReplayStore } from './replay-store.js';

/** Replays, their files, views and mail markers in the event's partition (store/keys.ts). */
export class DynamoReplayStore implements ReplayStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly outbox?: OutboxItems,
  ) {}

  async listReplays(eventId: string): Promise<Replay[]> {
    return (await this.partition(eventId, keys.replayPrefix)).map((item) => stripKeys<Replay>(item));
  }

  async listFiles(eventId: string): Promise<ReplayFile[]> {
    return (await this.partition(eventId, keys.replayFilePrefix)).map((item) => stripKeys<ReplayFile>(item));
  }

  async recordView(view: ReplayView): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.replayView(view.eventId, view.at, view.id),
          ...(view.email
            ? { gsi1pk: keys.replayViewerIndex(view.email), gsi1sk: `${view.at}#${view.id}` }
            : {}),
          type: 'replay-view',
          ...view,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async claimReplayMail(
    eventId: string,
    registrationId: string,
    now: Date,
    mails: RegistrantMail[],
  ): Promise<ReplayMailClaim> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.replayMail(eventId, registrationId),
              type: 'replay-mail',
              claimedAt: now.toISOString(),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...(this.outbox ? this.outbox.putsFor(mails) : []),
      ],
    });
    if (outcome.ok) return { claimed: true, mailsToQueue: this.outbox ? [] : mails };
    if (!outcome.reasons.includes('ConditionalCheckFailed'))
      throw new Error(`Transaction refusée : ${outcome.reasons.join(', ')}`);
    return { claimed: false };
  }

  async releaseReplayMail(eventId: string, registrationId: string): Promise<void> {
    await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: keys.replayMail(eventId, registrationId) }),
    );
  }

  private partition(eventId: string, prefix: string) {
    return queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.event(eventId).pk, ':prefix': prefix },
    });
  }
}
