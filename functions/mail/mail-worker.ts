import type { NewsletterConfirmations } from '../newsletter/newsletter-confirmations.js';
import type { MailMessage } from '../outbox/mail-messages.js';
import { parseMailMessage } from '../outbox/mail-messages.js';
import type { BatchResponse, QueueBatch, QueueRecord } from '../queue/queue.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import type { Clock } from '../shared/clock.js';
import { logger } from '../shared/logger.js';
import type { MailClaims } from './mail-claims.js';

export interface MailWorkerDeps {
  claims: MailClaims;
  /** What writes and sends registrant mails (EventMails). */
  registrants: RegistrationNotifier;
  /** What writes and sends the newsletter's double opt-in mail (NewsletterMails). */
  newsletter: NewsletterConfirmations;
  clock: Clock;
}

class RetryLater extends Error {}

/**
 * The consumer of the transactional-mail outbox: SQS batches of mail messages, each sent once per message id.
 * The claim is written before the send: a message delivered twice, or to two workers at once, is mailed once.
 * A failed send releases its claim and returns the message to the queue; a body that is not a known message is
 * never mailed, and reaches the DLQ after five receives.
 *
 * The one remaining window (as for campaigns): SES accepted the mail and the worker dies before completing the
 * claim; after the lease, the redelivered message sends that mail again.
 */
export class MailWorker {
  constructor(private readonly deps: MailWorkerDeps) {}

  /** Lambda's SQS handler with ReportBatchItemFailures: only failed messages return to the queue. */
  async handleBatch(batch: QueueBatch): Promise<BatchResponse> {
    const batchItemFailures: { itemIdentifier: string }[] = [];
    // One at a time: transactional mail comes in bursts (a staff notice to every registrant) and shares SES's
    // sending quota with campaigns; ten mails take a second or two, far within the worker's timeout.
    for (const record of batch.Records)
      if (!(await this.handleRecord(record))) batchItemFailures.push({ itemIdentifier: record.messageId });
    return { batchItemFailures };
  }

  /** True when the message is done with (mailed now or before). */
  private async handleRecord(record: QueueRecord): Promise<boolean> {
    const context = {
      messageId: record.messageId,
      receiveCount: record.attributes.ApproximateReceiveCount,
    };
    let message: MailMessage;
    try {
      message = parseMailMessage(record.body);
    } catch (error) {
      // The body may hold an address: only the reason is logged.
      logger.error('mail message refused', { ...context, reason: reasonOf(error) });
      return false;
    }
    try {
      await this.deliverOnce(message);
      return true;
    } catch (error) {
      logger.warn('mail message failed', { ...context, kind: message.kind, id: message.id, error });
      return false;
    }
  }

  private async deliverOnce(message: MailMessage): Promise<void> {
    const outcome = await this.deps.claims.claim(message.id, this.deps.clock.now());
    if (outcome === 'done') return;
    // Another worker is sending it: the message comes back later to find it done (or the claim expired).
    if (outcome === 'in-flight') throw new RetryLater('the mail is being sent by another worker');
    try {
      await this.send(message);
    } catch (error) {
      await this.deps.claims.release(message.id);
      throw error;
    }
    await this.deps.claims.complete(message.id, this.deps.clock.now());
  }

  private send(message: MailMessage): Promise<void> {
    const { registrants } = this.deps;
    switch (message.kind) {
      case 'newsletterConfirmation':
        return this.deps.newsletter.confirmation(message.mail);
      case 'reminder':
        return registrants.reminder(message.event, message.registration, message.reminder);
      default:
        return registrants[message.kind](message.event, message.registration);
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof SyntaxError) return 'not JSON';
  const issues = (error as { issues?: { path: PropertyKey[]; code: string }[] }).issues;
  return issues
    ? issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`).join('; ')
    : String(error);
}
