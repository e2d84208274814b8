import { createAwsClients } from '../store/clients.js';
import { systemClock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import { suppressingSesMailer } from '../mail/direct-mail.js';
import { buildMailWorker } from '../mail/mail-parts.js';
import { outboxDeliveries, type OutboxStreamEvent } from '../outbox/outbox-stream.js';
import type { BatchResponse } from '../queue/queue.js';
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

/**
 * The table stream's consumer (outbox insertions only, ReportBatchItemFailures): a batch is retried from its
 * first failed record, whose sequence number is reported; mails already sent are not sent again (claims).
 */
export async function handler(
  event: OutboxStreamEvent,
  context?: { awsRequestId: string },
): Promise<BatchResponse> {
  beginInvocation(context);
  return worker.handleDeliveries(outboxDeliveries(event));
}
