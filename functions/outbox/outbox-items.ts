import type { RegistrantMail } from '../registrations/notifier.js';
import type { TransactItems } from '../store/table.js';

/**
 * The outbox as items of the table (AWS, DynamoMailOutbox): each mail a Put, which the registration stores
 * write in the transaction of the change that decides it.
 */
export interface OutboxItems {
  putsFor(mails: RegistrantMail[]): TransactItems;
}
