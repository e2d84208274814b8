import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, queryAll, stripKeys, writeUnlessRefused } from '../store/table.js';
import type { RegistrantMail } from '../registrations/notifier.js';
import type { Replay, ReplayFile, ReplayView } from './replay.js';
import type { ReplayAdminStore, ReplayMailClaim, ReplayStore } from './replay-store.js';

/** The staff's replay operations, beside the public store it answers the public ones with. */
export class DynamoReplayAdminStore implements ReplayAdminStore {
  constructor(
    private readonly replays: ReplayStore,
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  listReplays(eventId: string): Promise<Replay[]> {
    return this.replays.listReplays(eventId);
  }

  listFiles(eventId: string): Promise<ReplayFile[]> {
    return this.replays.listFiles(eventId);
  }

  recordView(view: ReplayView): Promise<void> {
    return this.replays.recordView(view);
  }

  claimReplayMail(
    eventId: string,
    registrationId: string,
    now: Date,
    mails: RegistrantMail[],
  ): Promise<ReplayMailClaim> {
    return this.replays.claimReplayMail(eventId, registrationId, now, mails);
  }

  releaseReplayMail(eventId: string, registrationId: string): Promise<void> {
    return this.replays.releaseReplayMail(eventId, registrationId);
  }

  async createReplay(replay: Replay): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.replay(replay.eventId, replay.id), type: 'replay', ...replay },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getReplay(eventId: string, replayId: string): Promise<Replay | undefined> {
    return this.read<Replay>(keys.replay(eventId, replayId));
  }

  async addFile(file: ReplayFile): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.replayFile(file.eventId, file.replayId, file.id), type: 'replay-file', ...file },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  getFile(eventId: string, replayId: string, fileId: string): Promise<ReplayFile | undefined> {
    return this.read<ReplayFile>(keys.replayFile(eventId, replayId, fileId));
  }

  confirmFile(file: ReplayFile): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.replayFile(file.eventId, file.replayId, file.id),
        UpdateExpression: 'SET #status = :ready, uploadedAt = :at',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':ready': 'ready', ':pending': 'pending', ':at': file.uploadedAt },
      }),
    );
  }

  async deleteFile(file: Pick<ReplayFile, 'eventId' | 'replayId' | 'id'>): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.replayFile(file.eventId, file.replayId, file.id),
      }),
    );
  }

  async publish(eventId: string, replayIds: string[], at: string): Promise<void> {
    for (const replayId of replayIds)
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.replay(eventId, replayId),
          UpdateExpression: 'SET #status = :published, publishedAt = if_not_exists(publishedAt, :at)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':published': 'published', ':at': at },
        }),
      );
  }

  async listViews(eventId: string): Promise<ReplayView[]> {
    const items = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.event(eventId).pk, ':prefix': keys.replayViewPrefix },
    });
    return items.map((item) => stripKeys<ReplayView>(item));
  }

  async viewerEmails(eventId: string): Promise<Set<string>> {
    const views = await this.listViews(eventId);
    return new Set(views.flatMap((view) => (view.email ? [view.email] : [])));
  }

  private async read<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
    const item = await getItem(this.client, this.tableName, key);
    return item ? stripKeys<T>(item) : undefined;
  }
}
