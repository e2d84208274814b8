export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string | Uint8Array;
  /** For calendar invitations: sent as an alternative part `text/calendar; method=…` too. */
  method?: 'REQUEST' | 'CANCEL';
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
  /** Extra headers (List-Unsubscribe…); values must already be free of CR/LF. */
  headers?: Record<string, string>;
  /**
   * SES message tags, echoed in the SES events of this mail (`mail.tags`); names and values are limited to
   * `[A-Za-z0-9_-]`, at most 256 characters.
   */
  tags?: Record<string, string>;
}

/** The port every mail of the hub leaves through. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}
