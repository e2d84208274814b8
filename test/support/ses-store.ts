import { inject } from 'vitest';

export interface StoredMail {
  messageId: string;
  subject: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  body: { html?: string; text?: string };
  attachments: { content: string; contentType: string; filename?: string; size: number }[];
  at: number;
}

/** Mails the local SES received for an address (as the SES store keeps them), oldest first. */
export async function mailsTo(address: string): Promise<StoredMail[]> {
  const response = await fetch(
    `${inject('mailboxEndpoint')}/_test/ses-mails?to=${encodeURIComponent(address)}`,
  );
  return ((await response.json()) as { emails: StoredMail[] }).emails;
}
