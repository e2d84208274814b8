import type { SignInMails } from '../auth/sign-in-mails.js';
import type { Mailer } from './mailer.js';

/** The staff magic-link mail. */
export class MagicLinkMails implements SignInMails {
  constructor(private readonly mailer: Mailer) {}

  async magicLink(to: string, url: string, _expiresAt: Date): Promise<void> {
    const text = `Votre lien de connexion (valable 15 minutes) : ${url}\n`;
    await this.mailer.send({
      to: [to],
      subject: 'Votre lien de connexion',
      text,
      html: `<p>${text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`,
    });
  }
}
