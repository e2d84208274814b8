import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { batchGetAll } from '../store/table.js';
import type { PublicSpeaker } from '../programme/session.js';
import type { SpeakerStore } from './speaker-store.js';

/** The public read of speakers: the projection leaves the address, the bio and the photo in the table. */
export class DynamoSpeakerStore implements SpeakerStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async publicSpeakers(ids: string[]): Promise<PublicSpeaker[]> {
    if (!ids.length) return [];
    const items = await batchGetAll(this.client, this.tableName, ids.map(keys.speaker), {
      consistentRead: false,
      projection: {
        expression: 'id, #name, #role, organisation, publicationConsent',
        names: { '#name': 'name', '#role': 'role' },
      },
    });
    return items
      .filter((item) => item['publicationConsent'] === true)
      .map((item) => ({
        id: String(item['id']),
        name: String(item['name']),
        ...(typeof item['role'] === 'string' ? { role: item['role'] } : {}),
        ...(typeof item['organisation'] === 'string' ? { organisation: item['organisation'] } : {}),
      }));
  }
}
