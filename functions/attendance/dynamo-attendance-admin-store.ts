import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '../contract/table.js';
import { keys } from '../store/keys.js';
import {
  batchDeleteAll,
  queryAll,
  stripKeys,
  ttlFrom,
  writeUnlessRefused,
  type Key,
} from '../store/table.js';
import type { AttendanceAdminStore, SignOutcome } from './attendance-store.js';
import type { DynamoAttendanceStore } from './dynamo-attendance-store.js';
import type { AttendanceSignature, RoomCodeClaim, Slot, SlotClosing, Trainer } from './slot.js';

type Item = Record<string, unknown>;

/** The staff side of attendance, beside the public store whose signing it also answers. */
export class DynamoAttendanceAdminStore implements AttendanceAdminStore {
  constructor(
    private readonly publicStore: DynamoAttendanceStore,
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  codeClaim(code: string): Promise<RoomCodeClaim | undefined> {
    return this.publicStore.codeClaim(code);
  }

  sign(signature: AttendanceSignature, signerEmail: string): Promise<SignOutcome> {
    return this.publicStore.sign(signature, signerEmail);
  }

  async storedSlots(eventId: string): Promise<Slot[] | undefined> {
    const items = await this.underPrefix(eventId, keys.attendanceSlotPrefix);
    if (!items.length) return undefined;
    return items
      .map((item) => stripKeys<Slot & { placeholder?: boolean }>(item))
      .filter((slot) => !slot.placeholder)
      .map(({ placeholder: _placeholder, ...slot }) => slot)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  /**
   * Writes the new set, then deletes the slots it dropped. An empty set is stored as a placeholder, so that
   * "staff removed every slot" is not read as "staff never set them".
   */
  async replaceSlots(eventId: string, slots: Slot[]): Promise<void> {
    const before = await this.underPrefix(eventId, keys.attendanceSlotPrefix, 'pk, sk');
    const items = slots.length
      ? slots.map((slot) => ({ ...keys.attendanceSlot(eventId, slot.id), ...slot }))
      : [{ ...keys.attendanceSlot(eventId, ''), placeholder: true }];
    for (const item of items)
      await this.client.send(new PutCommand({ TableName: this.tableName, Item: item }));
    const kept = new Set(items.map((item) => item.sk));
    await batchDeleteAll(
      this.client,
      this.tableName,
      before.map(keyOf).filter((key) => !kept.has(key.sk)),
    );
  }

  async closings(eventId: string): Promise<Map<string, SlotClosing>> {
    const items = await this.underPrefix(eventId, keys.slotClosingPrefix);
    return new Map(
      items.map((item) => [
        String(item.sk).slice(keys.slotClosingPrefix.length),
        stripKeys<SlotClosing>(item),
      ]),
    );
  }

  close(eventId: string, slotId: string, closing: SlotClosing): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.slotClosing(eventId, slotId), ...closing },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async signatures(eventId: string): Promise<AttendanceSignature[]> {
    const items = await this.underPrefix(eventId, keys.signaturePrefix);
    return items.map((item) => stripKeys<AttendanceSignature>(item));
  }

  async signedCounts(eventId: string): Promise<Map<string, number>> {
    const items = await this.underPrefix(eventId, keys.signaturePrefix, 'slotId');
    const counts = new Map<string, number>();
    for (const item of items) counts.set(String(item.slotId), (counts.get(String(item.slotId)) ?? 0) + 1);
    return counts;
  }

  claimCode(claim: RoomCodeClaim, expiresAt: Date): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.roomCode(claim.code), ...claim, [TABLE_KEYS.ttlAttribute]: ttlFrom(expiresAt) },
        ConditionExpression: 'attribute_not_exists(pk) OR (eventId = :eventId AND slotId = :slotId)',
        ExpressionAttributeValues: { ':eventId': claim.eventId, ':slotId': claim.slotId },
      }),
    );
  }

  async addTrainer(trainer: Trainer): Promise<void> {
    await writeUnlessRefused(
      this.client,
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.trainer(trainer.eventId, trainer.email),
          [TABLE_KEYS.gsi1.partitionKey]: keys.trainerIndex(trainer.email),
          [TABLE_KEYS.gsi1.sortKey]: trainer.eventId,
          ...trainer,
        },
        // Named twice: the first naming stands.
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async trainers(eventId: string): Promise<Trainer[]> {
    const items = await this.underPrefix(eventId, keys.trainerPrefix);
    return items.map((item) => stripKeys<Trainer>(item));
  }

  async eventsTrainedBy(email: string): Promise<string[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.trainerIndex(email) },
      ProjectionExpression: 'eventId',
    });
    return items.map((item) => String(item.eventId));
  }

  private underPrefix(eventId: string, prefix: string, projection?: string): Promise<Item[]> {
    return queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.event(eventId).pk, ':prefix': prefix },
      ...(projection ? { ProjectionExpression: projection } : {}),
    });
  }
}

function keyOf(item: Item): Key {
  return { pk: String(item.pk), sk: String(item.sk) };
}
