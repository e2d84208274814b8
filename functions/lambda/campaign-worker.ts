import { CAMPAIGN_WORKER_CONFIG, campaignWorkerJob } from '../composition/jobs/campaign-worker.js';
import type { BatchResponse, QueueBatch } from '../queue/queue.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

const handleBatch = campaignWorkerJob(await loadLambdaConfig(process.env, CAMPAIGN_WORKER_CONFIG));

/** SQS event source with ReportBatchItemFailures: only the failed messages return to the queue (then the DLQ). */
export async function handler(event: QueueBatch, context?: { awsRequestId: string }): Promise<BatchResponse> {
  beginInvocation(context);
  return handleBatch(event);
}
