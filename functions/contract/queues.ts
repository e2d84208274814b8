/**
 * How the hub's two queues are consumed, read by the stack (lib/constructs) and by the runtime (the outbox, the
 * workers, the local hub's in-process queues), so that a run on a laptop behaves as deployed. Imports nothing:
 * CDK code may import this folder and no other runtime module.
 */

// The transactional-mail outbox: the table's stream in AWS, consumed by the mail worker.
export const MAIL_BATCH_SIZE = 10;
/**
 * A failed stream batch is retried this many times from its first failed record, then its pointers go to the
 * DLQ. Lambda retries a stream batch at once: the SDK's own retries (with backoff) absorb a short SES hiccup
 * within one attempt, and these ten the rest; a longer outage is redriven by hand (README, operations).
 */
export const MAIL_STREAM_RETRY_ATTEMPTS = 10;
/**
 * Locally (in-process queue) a mail whose send failed is retried until it is delivered, after a wait that
 * doubles from the first to the last of these and stays there: there is no DLQ to redrive from.
 */
export const MAIL_LOCAL_RETRY_MS = { first: 1_000, last: 60_000 };
/** The ten mails of a batch are sent one after the other, each in well under a second. */
export const MAIL_WORKER_TIMEOUT_SECONDS = 30;
/** Locally: a failed message comes back after six worker timeouts, as an SQS queue would give it back. */
export const MAIL_VISIBILITY_TIMEOUT_SECONDS = 6 * MAIL_WORKER_TIMEOUT_SECONDS;
/**
 * A claim older than this belongs to a worker that died between the claim and the send: it is taken over.
 * Longer than a worker's timeout (a live worker's claim is never taken), shorter than the local queue's
 * visibility timeout (the redelivered message finds the dead worker's claim expired).
 */
export const MAIL_CLAIM_LEASE_MS = 120_000;
/** How long the table keeps a queued mail message: the operator's copy for a redrive. */
export const MAIL_MESSAGE_TTL_DAYS = 4;
/** A message id can come back for as long as its message item is kept; its claim is kept a day more. */
export const MAIL_CLAIM_TTL_DAYS = MAIL_MESSAGE_TTL_DAYS + 1;

// The campaign queue: SQS in AWS, consumed by the campaign workers.

/**
 * A batch holds up to 5 messages of 50 recipients (functions/campaigns/campaign-messages.ts): at half the SES
 * rate (two workers sharing 14/s) that is ~36 s of sending, or one fan-out of a large audience.
 */
export const CAMPAIGN_BATCH_SIZE = 5;
export const CAMPAIGN_WORKER_TIMEOUT_SECONDS = 120;
/**
 * Lambda's rule for SQS sources: six times the function's timeout, so a batch still being retried by the
 * poller never becomes visible to another worker. It also outlasts the worker's send lease (2 min), so a
 * message that comes back finds the claims of a dead worker expired and takes them over.
 */
export const CAMPAIGN_VISIBILITY_TIMEOUT_SECONDS = 6 * CAMPAIGN_WORKER_TIMEOUT_SECONDS;
/** A message failing five times in a row (poison, or a campaign that can not be read) goes to the DLQ. */
export const CAMPAIGN_MAX_RECEIVE_COUNT = 5;

/**
 * Workers polling the queue at most. They share one token bucket (HUB_SES_MAX_RATE), so more workers only
 * contend for it: one worker sends ~20 mails/s (chunks of ten in parallel, plus the marker writes), two
 * is Lambda's minimum for an SQS source.
 */
export function campaignWorkerConcurrency(sesMaxRate: number): number {
  return Math.min(1000, Math.max(2, Math.ceil(sesMaxRate / 20)));
}
