import { MAIL_WORKER_CONFIG, mailWorkerJob } from '../composition/jobs/mail-worker.js';
import { outboxDeliveries, type OutboxStreamEvent } from '../outbox/outbox-stream.js';
import type { BatchResponse } from '../queue/queue.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

const handleDeliveries = mailWorkerJob(await loadLambdaConfig(process.env, MAIL_WORKER_CONFIG));

/**
 * The table stream's consumer (outbox insertions only, ReportBatchItemFailures): a batch is retried from its
 * first failed record, whose sequence number is reported; mails already sent are not sent again (claims).
 */
export async function handler(
  event: OutboxStreamEvent,
  context?: { awsRequestId: string },
): Promise<BatchResponse> {
  beginInvocation(context);
  return handleDeliveries(outboxDeliveries(event));
}
