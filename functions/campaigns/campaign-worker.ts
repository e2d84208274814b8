import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import type { NewsletterLinks } from '../newsletter/newsletter-links.js';
import { RetryLater, type BatchResponse, type QueueBatch } from '../queue/queue.js';
import type { Clock } from '../shared/clock.js';
import { logger } from '../shared/logger.js';
import { screenRecipients, type AudienceDeps } from './campaign-audience.js';
import { CAMPAIGN_TAG, type Campaign, type Recipient } from './campaign.js';
import type { CampaignFanout } from './campaign-fanout.js';
import { campaignMessageSchema, type CampaignMessage } from './campaign-messages.js';
import { letterFor, personalise } from './campaign-rules.js';
import type { CampaignAdminStore } from './campaign-store.js';
import type { SendRate } from '../mail/send-rate.js';
import type { CampaignTracking } from './campaign-tracking-rules.js';
import { singleLine } from '../mail/links.js';

export interface WorkerDeps extends Pick<
  AudienceDeps,
  'subscribers' | 'suppression' | 'registrations' | 'replayViewers'
> {
  campaigns: CampaignAdminStore;
  fanout: CampaignFanout;
  rate: SendRate;
  /** The SES mailer (configuration set included) with the campaign's sender name. */
  mailerFor(fromName: string | undefined): Mailer;
  links: NewsletterLinks;
  /** Redirect and pixel URLs; the recipient is named in them only when they accepted tracking. */
  tracking: CampaignTracking;
  clock: Clock;
  /** Pauses the campaign when its bounce or complaint rate passed the threshold (judged as sends progress). */
  pauseIfUnhealthy(campaign: Campaign): Promise<boolean>;
  /** A claim older than this is taken over (its worker died); longer than any send, shorter than the visibility timeout. */
  leaseMs?: number;
  /** Throttled sends are retried this many times, with exponential backoff and full jitter. */
  maxThrottleRetries?: number;
  /** Attempts at recording a send SES accepted, with the same backoff. */
  completionAttempts?: number;
  backoffBaseMs?: number;
}

/**
 * Recipients handled together: opt-outs, the event registrations of an event audience and the campaign's
 * status are re-read before each chunk.
 */
const CHUNK = 10;

/**
 * The campaign worker: takes SQS batches (fan-out orders and pages of recipients) and sends each mail
 * exactly once in effect. For each recipient a marker is written before the send and completed after.
 *
 * The one remaining window: SES accepted the mail and the worker dies before completing the marker.
 * SES takes no idempotency key, so after the lease the redelivered message sends that mail again (unless
 * SES reported the mail's outcome meanwhile). The window spans one SendRawEmail response and one DynamoDB
 * write (milliseconds), per recipient in flight. A completion DynamoDB refuses is retried, never taken for a
 * refused mail.
 */
export class CampaignWorker {
  private readonly leaseMs: number;
  private readonly maxRetries: number;
  private readonly backoffBaseMs: number;
  private readonly completionAttempts: number;

  constructor(private readonly deps: WorkerDeps) {
    this.leaseMs = deps.leaseMs ?? 120_000;
    this.maxRetries = deps.maxThrottleRetries ?? 6;
    this.backoffBaseMs = deps.backoffBaseMs ?? 100;
    this.completionAttempts = deps.completionAttempts ?? 6;
  }

  /** Lambda's SQS handler with ReportBatchItemFailures: only failed messages return to the queue. */
  async handleBatch(batch: QueueBatch): Promise<BatchResponse> {
    const batchItemFailures: { itemIdentifier: string }[] = [];
    for (const record of batch.Records) {
      try {
        await this.process(parseMessage(record.body));
      } catch (error) {
        logger.warn('campaign message failed', {
          messageId: record.messageId,
          receiveCount: record.attributes.ApproximateReceiveCount,
          error,
        });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  }

  async process(message: CampaignMessage): Promise<void> {
    if (message.type === 'fanout') {
      await this.deps.fanout.run(message.campaignId, message.round);
      return;
    }
    await this.deliver(message);
  }

  private async deliver(message: Extract<CampaignMessage, { type: 'deliver' }>): Promise<void> {
    const { campaignId, round } = message;
    for (let start = 0; start < message.recipients.length; start += CHUNK) {
      const campaign = await this.deps.campaigns.get(campaignId);
      // Paused, cancelled or superseded: the message is dropped; a resume fans the audience out again.
      if (!campaign || campaign.status !== 'sending' || campaign.round !== round) return;
      await this.deliverChunk(campaign, message.recipients.slice(start, start + CHUNK));
    }
    await this.deps.campaigns.messageDone(campaignId, round, message.page, this.deps.clock.now());
  }

  private async deliverChunk(campaign: Campaign, chunk: Recipient[]): Promise<void> {
    const now = this.deps.clock.now();
    const { eligible, tracked, gone } = await screenRecipients(
      chunk,
      this.deps,
      now,
      campaign.audience.event,
    );
    let skipped = 0;
    for (const recipient of chunk) {
      // An erased person (or one who left the event's audience) leaves no trace, not even a skip marker
      // naming the address.
      if (
        !eligible.includes(recipient) &&
        !gone.has(recipient.email) &&
        (await this.deps.campaigns.skipSend(campaign.id, recipient.email, 'opted-out', now))
      )
        skipped++;
    }
    // Each claim is its own conditional write: written together, they cost one round trip, not ten.
    const outcomes = await Promise.all(
      eligible.map((recipient) =>
        this.deps.campaigns.claimSend(campaign.id, recipient.email, now, this.leaseMs),
      ),
    );
    const claimed = eligible.filter((_, index) => outcomes[index] === 'claimed');
    const inFlight = outcomes.includes('in-flight');
    if (claimed.length) await this.deps.rate.acquire(claimed.length);
    const mailer = this.deps.mailerFor(campaign.fromName);
    const results = await Promise.allSettled(
      claimed.map((recipient) => this.sendOne(mailer, campaign, recipient, tracked.has(recipient.email))),
    );
    const sent = results.filter((result) => result.status === 'fulfilled').length;
    if (sent || skipped) {
      const updated = await this.deps.campaigns.addStats(campaign.id, { sent, skipped });
      if (updated) await this.deps.pauseIfUnhealthy(updated);
    }
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw (failure as PromiseRejectedResult).reason;
    // Another worker holds a fresh claim: this message comes back later to check that it completed.
    if (inFlight) throw new RetryLater('a recipient is being sent by another worker');
  }

  private async sendOne(
    mailer: Mailer,
    campaign: Campaign,
    recipient: Recipient,
    tracked: boolean,
  ): Promise<void> {
    const { links } = this.deps;
    const letter = letterFor(campaign, recipient.language);
    const { headers, ...personal } = links.personalLinks(recipient.email, letter.language);
    const content = personalise(
      letter,
      {
        firstName: recipient.firstName ?? '',
        ...personal,
        webVersionUrl: links.webVersionUrlFor(campaign, recipient),
      },
      this.deps.tracking.forRecipient(campaign.id, tracked ? recipient.email : undefined),
    );
    const mail = {
      to: [recipient.email],
      subject: singleLine(letter.subject),
      ...content,
      headers,
      tags: { [CAMPAIGN_TAG]: campaign.id },
    };
    const { messageId } = await this.sendThrottled(mailer, mail, campaign.id, recipient.email);
    await this.recordSent(campaign.id, recipient.email, messageId);
  }

  /** The SES send alone: a DynamoDB error after it must never look like a refused mail. */
  private async sendThrottled(
    mailer: Mailer,
    mail: OutgoingMail,
    campaignId: string,
    email: string,
  ): Promise<{ messageId: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await mailer.send(mail);
      } catch (error) {
        if (isThrottling(error) && attempt < this.maxRetries) {
          await sleep(Math.random() * Math.min(5_000, this.backoffBaseMs * 2 ** attempt));
          await this.deps.rate.acquire(1);
          continue;
        }
        // SES answered with an error: the mail did not leave, so a later attempt may send it.
        if (answeredByService(error)) await this.deps.campaigns.releaseSend(campaignId, email);
        throw error;
      }
    }
  }

  /**
   * SES accepted the mail: the marker must say so, so the write is retried. If it still fails, the marker
   * stays claimed, never released (a release would send the mail again), and the send counts as made: the
   * message is not failed, so no redelivery comes back to a claim the lease would let it take over.
   */
  private async recordSent(campaignId: string, email: string, messageId: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.campaigns.completeSend(campaignId, email, messageId, this.deps.clock.now());
        return;
      } catch (error) {
        if (attempt >= this.completionAttempts) {
          logger.error('campaign send not recorded', { campaignId, messageId, error });
          return;
        }
        await sleep(Math.random() * Math.min(5_000, this.backoffBaseMs * 2 ** attempt));
      }
    }
  }
}

function parseMessage(body: string): CampaignMessage {
  return campaignMessageSchema.parse(JSON.parse(body));
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'LimitExceededException',
]);

export function isThrottling(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  return THROTTLING.has(name ?? '') || /rate exceeded/i.test(message ?? '');
}

function answeredByService(error: unknown): boolean {
  return (
    typeof (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 'number'
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
