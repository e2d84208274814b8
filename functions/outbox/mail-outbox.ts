import { randomUUID } from 'node:crypto';
import type { Queue } from '../queue/queue.js';
import { MAIL_MESSAGE_VERSION, parseMailMessage } from './mail-messages.js';
import type { MailOrder, MailOrders } from './mail-order.js';
import { OutboxNotifier } from './outbox-notifier.js';
import { OutboxNewsletterConfirmations } from './outbox-newsletter-confirmations.js';
import { OutboxSurveyNotifier } from './outbox-survey-notifier.js';

/**
 * The sending side of the transactional-mail outbox: each mail becomes one small JSON message on the mail
 * queue, which the mail worker (functions/mail/mail-worker.ts) turns into a mail. Nothing here composes mail,
 * so the functions that only queue mail do not bundle the templates, the MIME writer or the SES client.
 */
export class MailOutbox implements MailOrders {
  constructor(private readonly queue: Queue) {}

  async enqueue(order: MailOrder): Promise<void> {
    await this.queue.send([mailBody(order)]);
  }
}

/** The message of a mail to queue, with its envelope (version, fresh id), as the queue carries it. */
export function mailBody(order: MailOrder): string {
  const body = JSON.stringify({ v: MAIL_MESSAGE_VERSION, id: randomUUID(), ...order });
  // Checked here, where the data comes from: a message the worker would refuse is never queued.
  parseMailMessage(body);
  return body;
}

export interface MailOutboxPorts {
  notifier: OutboxNotifier;
  newsletterConfirmations: OutboxNewsletterConfirmations;
  surveys: OutboxSurveyNotifier;
}

/** The registrant and newsletter mail ports, queueing on `queue` (the hub's table in AWS: see DynamoMailOutbox). */
export function createMailOutbox(queue: Queue): MailOutboxPorts {
  const outbox = new MailOutbox(queue);
  return {
    notifier: new OutboxNotifier(outbox),
    newsletterConfirmations: new OutboxNewsletterConfirmations(outbox),
    surveys: new OutboxSurveyNotifier(outbox),
  };
}
