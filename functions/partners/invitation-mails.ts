import type { Mailer } from '../mail/mailer.js';
import { renderTemplate } from '../mail/render.js';
import { singleLine } from '../mail/links.js';
import type { PartnerMails } from './partner-mails.js';

export class InvitationMails implements PartnerMails {
  constructor(private readonly mailer: Mailer) {}

  async invitation(
    to: string,
    details: { name: string; organisationName: string; signInUrl: string },
  ): Promise<void> {
    const subject = singleLine(`Votre accès à l’espace partenaires — ${details.organisationName}`);
    await this.mailer.send({
      to: [to],
      subject,
      ...renderTemplate('partner-invitation', {
        subject,
        preview: 'Les kits de communication de la filière, toujours à jour.',
        reason: `Vous recevez ce message parce que l’équipe de la filière a ajouté ${to} aux membres de ${details.organisationName}.`,
        name: details.name,
        organisationName: details.organisationName,
        signInUrl: details.signInUrl,
      }),
    });
  }
}
