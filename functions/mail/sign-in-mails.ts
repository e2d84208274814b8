import type { SignInMails } from '../auth/sign-in-mails.js';
import type { Mailer } from './mailer.js';
import { renderTemplate } from './render.js';
import { frenchTime } from '../shared/paris-dates.js';

const SUBJECT = 'Votre lien de connexion au hub de la filière';

/** The staff magic-link mail. */
export class MagicLinkMails implements SignInMails {
  constructor(private readonly mailer: Mailer) {}

  async magicLink(to: string, url: string, expiresAt: Date): Promise<void> {
    await this.mailer.send({
      to: [to],
      subject: SUBJECT,
      ...renderTemplate('magic-link', {
        subject: SUBJECT,
        preview: 'Votre lien de connexion, valable 15 minutes.',
        reason: `Vous recevez ce message parce qu’une connexion à l’espace équipe a été demandée avec l’adresse ${to}.`,
        signInUrl: url,
        expiresAt: `${frenchTime(expiresAt)} (heure de Paris)`,
      }),
    });
  }
}
