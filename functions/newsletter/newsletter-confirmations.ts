import type { Language } from '../i18n/language.js';

/**
 * The double opt-in mail as the newsletter decides it: who, which topics, the link and when it expires. Nothing
 * the requester typed but the address: nobody has confirmed that the address is theirs.
 */
export interface ConfirmationMail {
  to: string;
  topicNames: string[];
  confirmUrl: string;
  expiresAt: Date;
  /** The language of the request; absent: French. */
  language?: Language;
}

/**
 * Port: sends the double opt-in mail. The mail module writes it (NewsletterMails); the outbox queues it for
 * the mail worker, so that a request never composes mail itself.
 */
export interface NewsletterConfirmations {
  confirmation(mail: ConfirmationMail): Promise<void>;
}
