/**
 * The transactional-mail outbox's delivery rules, shared by the stack (lib/constructs/mail-outbox-construct.ts),
 * the outbox, the mail worker and the local hub's in-process queue, so that they all behave as deployed.
 */
export const MAIL_BATCH_SIZE = 10;
/**
 * A failed stream batch is retried this many times from its first failed record, then its pointers go to the
 * DLQ. Lambda retries a stream batch at once: the SDK's own retries (with backoff) absorb a short SES hiccup
 * within one attempt, and these ten the rest; a longer outage is redriven by hand (README, operations).
 */
export const MAIL_STREAM_RETRY_ATTEMPTS = 10;
/** Locally (in-process queue): five failed receives park a message in the dead-letter list. */
export const MAIL_MAX_RECEIVE_COUNT = 5;
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
