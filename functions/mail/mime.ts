import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { OutgoingMail } from './mailer.js';

export interface Sender {
  from: string;
  fromName: string;
}

/** The full MIME source of a mail: HTML and text alternatives, attachments, a calendar part. */
export async function composeMime(mail: OutgoingMail, sender: Sender): Promise<Buffer> {
  const invitation = mail.attachments?.find((attachment) => attachment.method);
  const others = mail.attachments?.filter((attachment) => attachment !== invitation) ?? [];
  const composer = new MailComposer({
    from: { name: sender.fromName, address: sender.from },
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    headers: mail.headers,
    attachments: others.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: typeof attachment.content === 'string' ? attachment.content : Buffer.from(attachment.content),
    })),
    ...(invitation
      ? {
          icalEvent: {
            method: invitation.method,
            filename: invitation.filename,
            content:
              typeof invitation.content === 'string'
                ? invitation.content
                : Buffer.from(invitation.content).toString('utf8'),
          },
        }
      : {}),
  });
  return composer.compile().build();
}
