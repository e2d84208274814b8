import { inject } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { MailboxMessage } from '../../functions/local/mailbox.js';

/** Messages the tap recorded for an address, with their raw MIME source as sent, newest first. */
export async function rawMailsTo(address: string): Promise<MailboxMessage[]> {
  const response = await fetch(
    `${inject('mailboxEndpoint')}/_test/raw-mails?to=${encodeURIComponent(address)}`,
  );
  return ((await response.json()) as { messages: MailboxMessage[] }).messages;
}

/** The newest message to an address, parsed by mailparser (an independent MIME parser). */
export async function lastMailTo(address: string): Promise<ParsedMail & { raw: string }> {
  const [latest] = await rawMailsTo(address);
  if (!latest) throw new Error(`Aucun message pour ${address}`);
  return Object.assign(await simpleParser(latest.raw), { raw: latest.raw });
}
