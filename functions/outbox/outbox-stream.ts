import type { MailDelivery } from '../mail/mail-worker.js';
import { MAIL_MESSAGE_KEY_PREFIX } from '../contract/table.js';

/** An attribute as a stream image carries it (DynamoDB JSON); the worker reads string attributes only. */
type StreamImage = Record<string, { S?: string } | undefined>;

/**
 * The part of a DynamoDB stream record the mail worker reads, as Lambda's DynamoDB event source delivers it
 * (the table's stream shows new images: see lib/data-stack.ts).
 */
export interface OutboxStreamRecord {
  eventID: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  eventSource: 'aws:dynamodb';
  eventSourceARN: string;
  dynamodb: {
    Keys?: StreamImage;
    NewImage?: StreamImage;
    SequenceNumber: string;
    ApproximateCreationDateTime?: number;
  };
}

export interface OutboxStreamEvent {
  Records: OutboxStreamRecord[];
}

/**
 * The outbox messages of a stream batch: the insertions of outbox items only. The event source's filter already
 * keeps nothing else (lib/constructs/mail-outbox-construct.ts); checked again here, since a TTL deletion or any
 * other item reaching the worker must never look like a mail to send. The message is a string attribute (the
 * JSON the outbox checked), read as is: the worker parses it with the message schema, as it does a local
 * queue's body.
 */
export function outboxDeliveries(event: OutboxStreamEvent): MailDelivery[] {
  return event.Records.filter(isOutboxInsertion).map(({ dynamodb }) => ({
    itemIdentifier: dynamodb.SequenceNumber,
    body: dynamodb.NewImage?.message?.S,
    context: { sequenceNumber: dynamodb.SequenceNumber, outboxKey: dynamodb.Keys?.pk?.S },
  }));
}

function isOutboxInsertion(record: OutboxStreamRecord): boolean {
  return record.eventName === 'INSERT' && !!record.dynamodb.Keys?.pk?.S?.startsWith(MAIL_MESSAGE_KEY_PREFIX);
}
