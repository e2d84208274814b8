import type { ConfigPart } from '../config/config.js';
import type { Queue } from '../queue/queue.js';
import { LocalQueue } from '../queue/local-queue.js';
import { createSqsQueue } from '../queue/sqs-client.js';
import {
  CAMPAIGN_BATCH_SIZE,
  CAMPAIGN_MAX_RECEIVE_COUNT,
  CAMPAIGN_VISIBILITY_TIMEOUT_SECONDS,
  campaignWorkerConcurrency,
} from '../contract/queues.js';

// The SQS client, apart from adapters.ts: only the full app and the campaign jobs use it.

/** SQS when HUB_CAMPAIGN_QUEUE_URL is set; otherwise an in-process queue the local hub consumes. */
export function campaignQueue(
  config: ConfigPart<'HUB_CAMPAIGN_QUEUE_URL' | 'AWS_REGION' | 'HUB_SES_MAX_RATE'>,
): Queue {
  if (config.HUB_CAMPAIGN_QUEUE_URL) return createSqsQueue(config.HUB_CAMPAIGN_QUEUE_URL, config.AWS_REGION);
  return new LocalQueue({
    batchSize: CAMPAIGN_BATCH_SIZE,
    visibilityTimeoutMs: CAMPAIGN_VISIBILITY_TIMEOUT_SECONDS * 1000,
    maxReceiveCount: CAMPAIGN_MAX_RECEIVE_COUNT,
    concurrency: campaignWorkerConcurrency(config.HUB_SES_MAX_RATE),
  });
}
