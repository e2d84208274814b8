import { simpleParser } from 'mailparser';

export interface MailView {
  html?: string;
  text?: string;
  attachments: { filename: string; contentType: string; size: number; content?: string }[];
}

const READABLE = /^text\/|^application\/ics/;

/** What the mailbox page shows of a raw message: its HTML and text parts and its attachments. */
export async function viewOf(raw: string): Promise<MailView> {
  const parsed = await simpleParser(raw);
  return {
    html: typeof parsed.html === 'string' ? parsed.html : undefined,
    text: parsed.text,
    attachments: parsed.attachments.map((attachment) => ({
      filename:
        attachment.filename ??
        (attachment.contentType === 'text/calendar' ? '(partie agenda de l’invitation)' : '(sans nom)'),
      contentType: attachment.contentType,
      size: attachment.size,
      ...(READABLE.test(attachment.contentType) ? { content: attachment.content.toString('utf8') } : {}),
    })),
  };
}
