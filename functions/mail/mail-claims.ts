/** claimed: this worker sends it; in-flight: another worker holds a fresh claim; done: already sent. */
export type MailClaimOutcome = 'claimed' | 'in-flight' | 'done';

/**
 * Port: one marker per outbox message id, written before its mail leaves and completed after, so that a
 * message delivered twice (the table stream, like the local queue, is at-least-once) is mailed once.
 */
export interface MailClaims {
  claim(messageId: string, now: Date): Promise<MailClaimOutcome>;
  /** The mail left: marked sent, and the message's queued copy, which holds an address, is dropped. */
  complete(messageId: string, now: Date): Promise<void>;
  /** The send failed and the mail did not leave: the next delivery may send it. */
  release(messageId: string): Promise<void>;
}
