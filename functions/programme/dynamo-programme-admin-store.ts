import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { transactWrite, writeUnlessRefused, type TransactItems } from '../store/table.js';
import { queryProgramme, toSession } from './dynamo-programme-store.js';
import type { ProgrammeAdminStore, ProgrammeSnapshot, ProgrammeStore } from './programme-store.js';
import type { ProgrammeSession } from './session.js';

/** Writing sessions for staff, each room's writes serialised by its guard item. */
export class DynamoProgrammeAdminStore implements ProgrammeAdminStore {
  constructor(
    private readonly programme: ProgrammeStore,
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  listSessions(eventId: string): Promise<ProgrammeSession[]> {
    return this.programme.listSessions(eventId);
  }

  /** One strongly consistent query reads the sessions and the room guards together. */
  async snapshot(eventId: string): Promise<ProgrammeSnapshot> {
    const items = await queryProgramme(this.client, this.tableName, eventId);
    const sessions: ProgrammeSession[] = [];
    const roomVersions = new Map<string, number>();
    for (const item of items) {
      const sk = String(item['sk']);
      if (sk.startsWith(keys.programmeSessionPrefix)) sessions.push(toSession(item));
      else if (sk.startsWith(keys.programmeRoomPrefix))
        roomVersions.set(sk.slice(keys.programmeRoomPrefix.length), Number(item['version']));
    }
    return { sessions, roomVersions };
  }

  async save(
    session: ProgrammeSession,
    options: { create: boolean; room?: { key: string; expectedVersion: number } },
  ): Promise<boolean> {
    const items: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...session, ...keys.programmeSession(session.eventId, session.id) },
          ConditionExpression: options.create ? 'attribute_not_exists(pk)' : 'attribute_exists(pk)',
        },
      },
    ];
    if (options.room) {
      const { key, expectedVersion } = options.room;
      items.push({
        Update: {
          TableName: this.tableName,
          Key: keys.programmeRoom(session.eventId, key),
          UpdateExpression: 'SET version = :next',
          ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
          ExpressionAttributeValues: {
            ':next': expectedVersion + 1,
            ...(expectedVersion === 0 ? {} : { ':expected': expectedVersion }),
          },
        },
      });
    }
    return (await transactWrite(this.client, { TransactItems: items })).ok;
  }

  delete(eventId: string, sessionId: string): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.programmeSession(eventId, sessionId),
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }
}
