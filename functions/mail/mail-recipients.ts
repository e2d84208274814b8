import type { MailMessage } from '../outbox/mail-messages.js';

/**
 * Port: whether the person a queued mail is about is still known when it is about to leave. An erasure (RGPD)
 * deletes the registration or the subscription a queued mail names: the mail, queued before, must not follow.
 */
export interface MailRecipients {
  stillKnown(message: MailMessage): Promise<boolean>;
}
