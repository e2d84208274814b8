import { createAwsClients } from '../store/clients.js';
import { buildHub } from '../composition/hub.js';
import type { BatchResponse, QueueBatch } from '../queue/queue.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

const config = await loadLambdaConfig();
const hub = buildHub(config, createAwsClients(config));

/** The mail queue's consumer (ReportBatchItemFailures): only the failed messages return to the queue (then the DLQ). */
export async function handler(event: QueueBatch, context?: { awsRequestId: string }): Promise<BatchResponse> {
  beginInvocation(context);
  return hub.mailWorker.handleBatch(event);
}
