import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MailMessage } from '../outbox/mail-messages.js';
import { keys } from '../store/keys.js';
import { getItem } from '../store/table.js';
import type { MailRecipients } from './mail-recipients.js';

/**
 * Reads, by key, the item a mail is about: the registration of a registrant mail, the subscriber of a double
 * opt-in mail. Both are deleted by an erasure, and only by it (or by the retention job, long after any mail).
 */
export class DynamoMailRecipients implements MailRecipients {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async stillKnown(message: MailMessage): Promise<boolean> {
    const key =
      message.kind === 'newsletterConfirmation'
        ? keys.subscriber(message.mail.to)
        : keys.registration(message.registration.eventId, message.registration.id);
    const item = await getItem(this.dynamo, this.tableName, key, { projection: { expression: 'pk' } });
    return item !== undefined;
  }
}
