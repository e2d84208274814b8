import type { MailMessage } from './mail-messages.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A mail to queue: the message without its envelope (version and id). */
export type MailOrder = DistributiveOmit<MailMessage, 'v' | 'id'>;

/** Where the outbox's mail ports queue their mails: MailOutbox, which the ports never need to know. */
export interface MailOrders {
  enqueue(order: MailOrder): Promise<void>;
}
