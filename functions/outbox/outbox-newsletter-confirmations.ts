import type { ConfirmationMail, NewsletterConfirmations } from '../newsletter/newsletter-confirmations.js';
import type { MailOrders } from './mail-order.js';

/** The newsletter's double opt-in mail through the outbox: resolves once the mail is queued, not sent. */
export class OutboxNewsletterConfirmations implements NewsletterConfirmations {
  constructor(private readonly outbox: MailOrders) {}

  confirmation(mail: ConfirmationMail): Promise<void> {
    return this.outbox.enqueue({ kind: 'newsletterConfirmation', mail });
  }
}
