import type { NewsletterConfirmations } from '../newsletter/newsletter-confirmations.js';
import type { MailMessage } from '../outbox/mail-messages.js';
import { parseMailMessage } from '../outbox/mail-messages.js';
import { RetryLater, type BatchResponse, type QueueBatch, type QueueRecord } from '../queue/queue.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import type { Clock } from '../shared/clock.js';
import { logger } from '../shared/logger.js';
import type { MailClaims } from './mail-claims.js';
import type { MailRecipients } from './mail-recipients.js';
import type { SendRate } from './send-rate.js';
import type { SurveyNotifier } from '../surveys/survey-notifier.js';

export interface MailWorkerDeps {
  claims: MailClaims;
  /** Whether the person a mail is about was erased since it was queued. */
  recipients: MailRecipients;
  /** What writes and sends registrant mails (EventMails). */
  registrants: RegistrationNotifier;
  /** What writes and sends the newsletter's double opt-in mail (NewsletterMails). */
  newsletter: NewsletterConfirmations;
  /** What writes and sends the satisfaction survey's mails (SurveyMails). */
  surveys: SurveyNotifier;
  clock: Clock;
  /** SES's sending quota, drawn from by the campaign workers too: one token per mail. */
  rate: SendRate;
}

/** One outbox message as an event source hands it over: an SQS record locally, a stream record in AWS. */
export interface MailDelivery {
  /** What Lambda's partial batch response names: the SQS message id, or the stream record's sequence number. */
  itemIdentifier: string;
  /** The message's JSON; undefined when the record carries none. */
  body: string | undefined;
  /** Logged with the outcome (never the body: it holds an address). */
  context: Record<string, string | undefined>;
}

/**
 * The consumer of the transactional-mail outbox: batches of mail messages, each sent once per message id.
 * The claim is written before the send: a message delivered twice, or to two workers at once, is mailed once.
 * A failed send releases its claim and reports the message, which comes back; a body that is not a known
 * message is never mailed, and is reported too: it comes back a bounded number of times (a worker deployed after
 * its producer knows the new version by then), then reaches the DLQ, whose depth raises an alarm.
 *
 * The one remaining window (as for campaigns): SES accepted the mail and the worker dies before completing the
 * claim; after the lease, the redelivered message sends that mail again. In AWS a stream batch is retried at
 * once, so a claim left by a worker that died mid-send may still be in flight through every retry: the batch's
 * pointers then reach the DLQ, and the redrive (README, operations) finds the claim expired.
 */
export class MailWorker {
  constructor(private readonly deps: MailWorkerDeps) {}

  /** An SQS batch (the local hub's in-process queue), with ReportBatchItemFailures. */
  handleBatch(batch: QueueBatch): Promise<BatchResponse> {
    return this.handleDeliveries(batch.Records.map(sqsDelivery));
  }

  /** Lambda's partial batch response: only the reported messages come back. */
  async handleDeliveries(deliveries: MailDelivery[]): Promise<BatchResponse> {
    const batchItemFailures: { itemIdentifier: string }[] = [];
    // One at a time: transactional mail comes in bursts (a staff notice to every registrant) and shares SES's
    // sending quota with campaigns; ten mails take a second or two, far within the worker's timeout.
    for (const delivery of deliveries)
      if (!(await this.handleDelivery(delivery)))
        batchItemFailures.push({ itemIdentifier: delivery.itemIdentifier });
    return { batchItemFailures };
  }

  /** True when the message is done with (mailed now or before). */
  private async handleDelivery({ body, context }: MailDelivery): Promise<boolean> {
    let message: MailMessage;
    try {
      if (body === undefined) throw new Error('no message');
      message = parseMailMessage(body);
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
      // Checked at the last moment, so that it covers the mails in flight as well as the queued ones.
      if (!(await this.deps.recipients.stillKnown(message))) {
        logger.info('mail message dropped: its person was erased', { kind: message.kind, id: message.id });
      } else {
        // A campaign going out at the full quota would otherwise have SES throttle registration mails.
        await this.deps.rate.acquire(1);
        await this.send(message);
      }
    } catch (error) {
      await this.deps.claims.release(message.id);
      throw error;
    }
    // A dropped mail is done with too: its claim says so, and its queued copy, which holds the address, goes.
    await this.deps.claims.complete(message.id, this.deps.clock.now());
  }

  private send(message: MailMessage): Promise<void> {
    const { registrants } = this.deps;
    switch (message.kind) {
      case 'newsletterConfirmation':
        return this.deps.newsletter.confirmation(message.mail);
      case 'surveyInvitation':
        return this.deps.surveys.invitation(
          message.event,
          message.registration,
          message.surveyUrl,
          message.reminder,
        );
      case 'reminder':
        return registrants.reminder(message.event, message.registration, message.reminder);
      default:
        return registrants[message.kind](message.event, message.registration);
    }
  }
}

function sqsDelivery(record: QueueRecord): MailDelivery {
  return {
    itemIdentifier: record.messageId,
    body: record.body,
    context: { messageId: record.messageId, receiveCount: record.attributes.ApproximateReceiveCount },
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof SyntaxError) return 'not JSON';
  const issues = (error as { issues?: { path: PropertyKey[]; code: string }[] }).issues;
  return issues
    ? issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`).join('; ')
    : String(error);
}
