/**
 * How the campaign queue is consumed: the CDK event source (lib/constructs/campaigns-construct.ts) and the
 * local hub's in-process queue read the same figures, so a run on a laptop behaves like the deployment.
 *
 * A batch holds up to 5 messages of 50 recipients (campaign-messages.ts): at half the SES rate (two workers
 * sharing 14/s) that is ~36 s of sending, or one fan-out of a large audience.
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
