import type { Mailer } from '../mail/mailer.js';
import { mailTexts } from '../mail/mail-texts.js';
import { fillTemplate } from '../mail/render.js';
import type { ConfirmationMail, NewsletterConfirmations } from './newsletter-confirmations.js';

/** The double opt-in mail, in the language of the page or API call: nothing is sent until its link is used. */
export class NewsletterMails implements NewsletterConfirmations {
  constructor(private readonly mailer: Mailer) {}

  async confirmation(mail: ConfirmationMail): Promise<void> {
    const texts = await mailTexts(mail.language);
    const { subject } = texts.newsletter;
    await this.mailer.send({
      to: [mail.to],
      subject,
      ...fillTemplate(texts.templates['newsletter-confirm'], 'newsletter-confirm', {
        subject,
        preview: texts.newsletter.preview,
        reason: texts.newsletter.reason(mail.to),
        topics: mail.topicNames.join(', '),
        confirmUrl: mail.confirmUrl,
        expiresOn: texts.newsletter.expiresOn(mail.expiresAt),
      }),
    });
  }
}
