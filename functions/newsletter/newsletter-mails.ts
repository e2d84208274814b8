import type { Mailer } from '../mail/mailer.js';
import { renderTemplate } from '../mail/render.js';
import { frenchDateTime } from '../shared/paris-dates.js';
import type { ConfirmationMail, NewsletterConfirmations } from './newsletter-confirmations.js';

const SUBJECT = 'Confirmez votre abonnement à la lettre de la filière';

/** The double opt-in mail: nothing is sent to the address until its owner follows this link. */
export class NewsletterMails implements NewsletterConfirmations {
  constructor(private readonly mailer: Mailer) {}

  async confirmation(mail: ConfirmationMail): Promise<void> {
    await this.mailer.send({
      to: [mail.to],
      subject: SUBJECT,
      ...renderTemplate('newsletter-confirm', {
        subject: SUBJECT,
        preview: 'Un clic pour confirmer votre abonnement.',
        reason: `Vous recevez ce message parce qu’un abonnement à la lettre d’information a été demandé pour l’adresse ${mail.to}.`,
        topics: mail.topicNames.join(', '),
        confirmUrl: mail.confirmUrl,
        expiresOn: `${frenchDateTime(mail.expiresAt)} (heure de Paris)`,
      }),
    });
  }
}
