import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '../contract/table.js';
import { keys } from '../store/keys.js';
import { batchGetAll, getItem, queryAll, stripKeys, writeUnlessRefused } from '../store/table.js';
import type { PublicSpeaker } from '../programme/session.js';
import type { Speaker } from './speaker.js';
import type { SpeakerAdminStore, SpeakerStore } from './speaker-store.js';

type Item = Record<string, unknown>;
const toSpeaker = (item: Item): Speaker => stripKeys<Speaker>(item);

/** Speakers for staff; the public read is the public store's. */
export class DynamoSpeakerAdminStore implements SpeakerAdminStore {
  constructor(
    private readonly speakers: SpeakerStore,
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  publicSpeakers(ids: string[]): Promise<PublicSpeaker[]> {
    return this.speakers.publicSpeakers(ids);
  }

  async get(id: string): Promise<Speaker | undefined> {
    const item = await getItem(this.client, this.tableName, keys.speaker(id));
    return item ? toSpeaker(item) : undefined;
  }

  async getMany(ids: string[]): Promise<Speaker[]> {
    if (!ids.length) return [];
    return (await batchGetAll(this.client, this.tableName, ids.map(keys.speaker))).map(toSpeaker);
  }

  async list(): Promise<Speaker[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :speakers',
      ExpressionAttributeValues: { ':speakers': keys.speakersIndex },
    });
    return items.map(toSpeaker);
  }

  put(speaker: Speaker, { create }: { create: boolean }): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new PutCommand({
        TableName: this.tableName,
        Item: { ...speaker, ...keys.speaker(speaker.id), gsi1pk: keys.speakersIndex, gsi1sk: speaker.id },
        ConditionExpression: create ? 'attribute_not_exists(pk)' : 'attribute_exists(pk)',
      }),
    );
  }

  delete(id: string): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.speaker(id),
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }
}
