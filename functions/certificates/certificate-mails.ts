import type { Mailer } from '../mail/mailer.js';
import { renderTemplate } from '../mail/render.js';
import { singleLine } from '../mail/links.js';
import type { Certificate } from './certificate.js';
import { frenchHours } from './certificate-rules.js';

/** The mail that hands a trainee their certificate: the PDF attached, and a personal link to download it again. */
export class CertificateMails {
  constructor(private readonly mailer: Mailer) {}

  async issued(certificate: Certificate, pdf: Buffer, downloadUrl: string): Promise<void> {
    const subject = singleLine(`Votre attestation de présence : ${certificate.title}`);
    await this.mailer.send({
      to: [certificate.email],
      subject,
      attachments: [
        {
          filename: `attestation-${certificate.number}.pdf`,
          contentType: 'application/pdf',
          content: pdf,
        },
      ],
      ...renderTemplate('certificate-issued', {
        subject,
        preview: `${certificate.title} : ${frenchHours(certificate.attendedMinutes)} suivies.`,
        reason: `Vous recevez ce message parce que vous avez suivi « ${certificate.title} » (inscription avec l’adresse ${certificate.email}).`,
        firstName: certificate.firstName,
        eventTitle: certificate.title,
        hours: frenchHours(certificate.attendedMinutes),
        plannedHours: frenchHours(certificate.plannedMinutes),
        number: certificate.number,
        downloadUrl,
      }),
    });
  }
}
