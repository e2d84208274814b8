import { createAwsClients } from '../store/clients.js';
import { systemClock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import { suppressingSesMailer } from '../mail/direct-mail.js';
import { buildMailWorker } from '../mail/mail-parts.js';
import type { BatchResponse, QueueBatch } from '../queue/queue.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

// Only the mail worker and what it sends with, not the whole hub: every cold start delays a waiting mail.
const config = await loadLambdaConfig();
const clients = createAwsClients(config);
const worker = buildMailWorker(config, clients, {
  mailer: suppressingSesMailer(
    config,
    clients,
    new DynamoSuppressionList(clients.dynamo, config.HUB_TABLE_NAME),
  ),
  signer: new LinkSigner(config.HUB_SIGNING_KEY),
  clock: systemClock,
});

/** The mail queue's consumer (ReportBatchItemFailures): only the failed messages return to the queue (then the DLQ). */
export async function handler(event: QueueBatch, context?: { awsRequestId: string }): Promise<BatchResponse> {
  beginInvocation(context);
  return worker.handleBatch(event);
}
