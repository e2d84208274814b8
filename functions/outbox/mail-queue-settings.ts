/**
 * The mail queue's worker-pool rule, shared by the stack (lib/constructs/mail-outbox-construct.ts), the mail
 * worker and the local hub's in-process queue, so that they all behave as deployed.
 */
export const MAIL_BATCH_SIZE = 10;
/** Five failed receives park a message in the DLQ (a poison message costs five attempts, no more). */
export const MAIL_MAX_RECEIVE_COUNT = 5;
/** The ten mails of a batch are sent one after the other, each in well under a second. */
export const MAIL_WORKER_TIMEOUT_SECONDS = 30;
/** Six worker timeouts, as AWS advises for an SQS event source (retries of the function included). */
export const MAIL_VISIBILITY_TIMEOUT_SECONDS = 6 * MAIL_WORKER_TIMEOUT_SECONDS;
/**
 * A claim older than this belongs to a worker that died between the claim and the send: it is taken over.
 * Longer than a worker's timeout (a live worker's claim is never taken), shorter than the visibility timeout
 * (the redelivered message finds the dead worker's claim expired).
 */
export const MAIL_CLAIM_LEASE_MS = 120_000;
/** A message id can come back for as long as SQS keeps the message (4 days); its claim is kept a day more. */
export const MAIL_CLAIM_TTL_DAYS = 5;
/** How long SQS keeps a mail message that no worker could send. */
export const MAIL_RETENTION_DAYS = 4;
