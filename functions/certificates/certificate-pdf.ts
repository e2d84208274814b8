import QRCode from 'qrcode';
import { renderPdf } from '../pdf/pdf-file.js';
import { parisIsoDate, parisLongDate } from '../shared/paris-dates.js';
import type { Certificate } from './certificate.js';
import { frenchHours } from './certificate-rules.js';

const QR_SIZE = 110;

/** The « Attestation de présence » of one trainee, with its number, verification URL and QR code. */
export async function certificatePdf(certificate: Certificate, verificationUrl: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(verificationUrl, { margin: 1, errorCorrectionLevel: 'M', width: 330 });
  return renderPdf(
    { title: `Attestation de présence — ${certificate.title}`, author: certificate.issuerName },
    (doc) => {
      const name = `${certificate.firstName} ${certificate.lastName}`.trim();
      doc.font('Helvetica').fontSize(10).fillColor('#444').text(certificate.organiser, { align: 'right' });
      doc.moveDown(3);
      doc.font('Helvetica-Bold').fontSize(24).fillColor('#000').text('Attestation de présence', {
        align: 'center',
      });
      doc.moveDown(2);
      doc.font('Helvetica').fontSize(12);
      doc.text(`${certificate.issuerName}, ${certificate.issuerTitle}, atteste que`);
      doc.moveDown(0.5);
      doc.font('Helvetica-Bold').fontSize(16).text(name);
      if (certificate.organisation) doc.font('Helvetica').fontSize(12).text(certificate.organisation);
      doc.moveDown(0.5);
      doc.font('Helvetica').fontSize(12).text('a suivi la formation');
      doc.moveDown(0.5);
      doc.font('Helvetica-Bold').fontSize(14).text(`« ${certificate.title} »`);
      doc.moveDown(0.5);
      doc.font('Helvetica').fontSize(12);
      doc.text(`organisée par ${certificate.organiser}`);
      doc.text(`Lieu : ${certificate.place}`);
      doc.text(trainingDays(certificate.startsAt, certificate.endsAt));
      doc.moveDown();
      doc
        .font('Helvetica-Bold')
        .text(
          `Heures suivies : ${frenchHours(certificate.attendedMinutes)} sur ${frenchHours(certificate.plannedMinutes)} prévues`,
        );
      doc.font('Helvetica').text('(heures des demi-journées émargées par le stagiaire)');
      doc.moveDown(2);
      doc.text(`Fait le ${parisLongDate(certificate.issuedAt)}`);
      doc.text(`${certificate.issuerName}, ${certificate.issuerTitle}`);

      const bottom = doc.page.height - doc.page.margins.bottom - QR_SIZE;
      const left = doc.page.margins.left;
      doc.image(qr, left, bottom, { width: QR_SIZE, height: QR_SIZE });
      doc
        .fontSize(10)
        .text(`N° ${certificate.number}`, left + QR_SIZE + 15, bottom + 20, { lineBreak: false });
      doc.text('Vérifier cette attestation :', left + QR_SIZE + 15, bottom + 40, { lineBreak: false });
      doc.text(verificationUrl, left + QR_SIZE + 15, bottom + 55, {
        link: verificationUrl,
        width: doc.page.width - left - QR_SIZE - 15 - doc.page.margins.right,
      });
    },
  );
}

/** « le 14 décembre 2026 », or « du 14 décembre 2026 au 15 décembre 2026 » over several days. */
function trainingDays(startsAt: string, endsAt: string): string {
  return parisIsoDate(startsAt) === parisIsoDate(endsAt)
    ? `le ${parisLongDate(startsAt)}`
    : `du ${parisLongDate(startsAt)} au ${parisLongDate(endsAt)}`;
}
