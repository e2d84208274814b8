import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import { normaliseEmail } from '../shared/email.js';
import { logger } from '../shared/logger.js';
import type { SuppressionList } from './suppression-list.js';

/**
 * Wraps the mailer every mail of the hub leaves through: recipients on the suppression list are dropped,
 * and a mail left with nobody to write to is not sent at all (its message id is then empty).
 */
export class SuppressingMailer implements Mailer {
  constructor(
    private readonly inner: Mailer,
    private readonly suppressionList: SuppressionList,
  ) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const suppressed = await this.suppressionList.suppressedAmong(mail.to.map(normaliseEmail));
    if (suppressed.size === 0) return this.inner.send(mail);
    const to = mail.to.filter((address) => !suppressed.has(normaliseEmail(address)));
    logger.info('suppressed recipients dropped', { dropped: mail.to.length - to.length, kept: to.length });
    if (to.length === 0) return { messageId: '' };
    return this.inner.send({ ...mail, to });
  }
}
