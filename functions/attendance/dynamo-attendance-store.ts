import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '../contract/table.js';
import { keys } from '../store/keys.js';
import { getItem, stripKeys, transactWrite } from '../store/table.js';
import type { AttendanceStore, SignOutcome } from './attendance-store.js';
import type { AttendanceSignature, RoomCodeClaim } from './slot.js';

/** Signing by room code: read what the code names, write the signature unless the slot was closed. */
export class DynamoAttendanceStore implements AttendanceStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async codeClaim(code: string): Promise<RoomCodeClaim | undefined> {
    const item = await getItem(this.client, this.tableName, keys.roomCode(code));
    return item ? stripKeys<RoomCodeClaim>(item, TABLE_KEYS.ttlAttribute) : undefined;
  }

  /**
   * One transaction: the slot has no closing, and the registration no signature of it. Each signature is its
   * own item, so a room signing at once conflicts only on the closing's check, which transactWrite retries.
   */
  async sign(signature: AttendanceSignature, signerEmail: string): Promise<SignOutcome> {
    const key = keys.signature(signature.eventId, signature.registrationId, signature.slotId);
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          ConditionCheck: {
            TableName: this.tableName,
            Key: keys.slotClosing(signature.eventId, signature.slotId),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...key,
              [TABLE_KEYS.gsi1.partitionKey]: keys.signerIndex(signerEmail),
              [TABLE_KEYS.gsi1.sortKey]: `${signature.eventId}#${signature.slotId}`,
              ...signature,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    if (outcome.ok) return { kind: 'signed', signature };
    if (outcome.reasons[0] === 'ConditionalCheckFailed') return { kind: 'closed' };
    const first = await getItem(this.client, this.tableName, key);
    if (outcome.reasons[1] !== 'ConditionalCheckFailed' || !first)
      throw new Error(`signature not written: ${outcome.reasons.join(', ')}`);
    return { kind: 'already-signed', signature: stripKeys<AttendanceSignature>(first) };
  }
}
