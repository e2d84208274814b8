import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Queue } from '../queue/queue.js';
import type { RegistrantMail } from '../registrations/notifier.js';
import { keys } from '../store/keys.js';
import { ttlFrom, type TransactItems } from '../store/table.js';
import { MAIL_MESSAGE_TTL_DAYS } from '../contract/queues.js';
import { mailBody } from './mail-outbox.js';
import { registrantOrder } from './outbox-notifier.js';
import type { OutboxItems } from './outbox-items.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The mail queue in AWS: each message is an item of the hub's table, and the table's stream carries its
 * insertion to the mail worker (lib/constructs/mail-outbox-construct.ts). The item is keyed by the message id:
 * an SDK retry of a PutItem that had gone through rewrites the same item unchanged, which the stream does not
 * record, so one message gives one insertion (the worker's claims guard against the stream's own redeliveries).
 * An unsent item is kept for a few days: it is the copy an operator redrives from. The worker deletes it once its
 * mail is sent (DynamoMailClaims.complete), so that a sent mail leaves no name or address in the table.
 *
 * A registrant mail decided by a registration change is not sent here but written by the change's own
 * transaction (`putsFor`, DynamoRegistrationStore): the change and its mail are stored together or not at all.
 */
export class DynamoMailOutbox implements Queue, OutboxItems {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async send(bodies: string[]): Promise<void> {
    await Promise.all(
      bodies.map((message) =>
        this.dynamo.send(new PutCommand({ TableName: this.tableName, Item: this.itemOf(message) })),
      ),
    );
  }

  putsFor(mails: RegistrantMail[]): TransactItems {
    return mails.map((mail) => ({
      Put: { TableName: this.tableName, Item: this.itemOf(mailBody(registrantOrder(mail))) },
    }));
  }

  private itemOf(message: string) {
    const ttl = ttlFrom(new Date(Date.now() + MAIL_MESSAGE_TTL_DAYS * DAY_MS));
    return { ...keys.mailMessage(messageIdOf(message)), message, ttl };
  }
}

/** This queue carries mail messages only (MailOutbox writes them, checked): their id names the item. */
function messageIdOf(body: string): string {
  const { id } = JSON.parse(body) as { id?: unknown };
  if (typeof id !== 'string') throw new Error('outbox: a mail message without its id');
  return id;
}
