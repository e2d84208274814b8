import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { queryAll, stripKeys } from '../store/table.js';
import type { ProgrammeStore } from './programme-store.js';
import type { ProgrammeSession } from './session.js';

type Item = Record<string, unknown>;

/** The event's programme partition: its sessions and its room guards. */
export function queryProgramme(
  client: DynamoDBDocumentClient,
  tableName: string,
  eventId: string,
  prefix?: string,
): Promise<Item[]> {
  return queryAll(client, tableName, {
    KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.programme(eventId), ...(prefix ? { ':prefix': prefix } : {}) },
  });
}

export const toSession = (item: Item): ProgrammeSession => stripKeys<ProgrammeSession>(item);

/** The sessions the public programme reads; DynamoProgrammeAdminStore writes them. */
export class DynamoProgrammeStore implements ProgrammeStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listSessions(eventId: string): Promise<ProgrammeSession[]> {
    const items = await queryProgramme(this.client, this.tableName, eventId, keys.programmeSessionPrefix);
    return items.map(toSession);
  }
}
