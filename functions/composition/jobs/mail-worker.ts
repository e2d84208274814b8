import { systemClock } from '../../shared/clock.js';
import { LinkSigner } from '../../shared/signed-links.js';
import { DynamoSuppressionList } from '../../suppression/dynamo-suppression-list.js';
import type { BatchResponse } from '../../queue/queue.js';
import type { MailDelivery } from '../../mail/mail-worker.js';
import { createAwsClients, suppressingSesMailer } from '../adapters.js';
import { buildMailWorker } from '../mail-services.js';
import { MAIL_WORKER, type PartOf } from './config-groups.js';

export const MAIL_WORKER_CONFIG = MAIL_WORKER;

/** The outbox's consumer and what it sends with: every cold start delays a waiting mail. */
export function mailWorkerJob(
  config: PartOf<typeof MAIL_WORKER_CONFIG>,
): (deliveries: MailDelivery[]) => Promise<BatchResponse> {
  const clients = createAwsClients(config);
  const worker = buildMailWorker(config, clients.dynamo, {
    mailer: suppressingSesMailer(
      clients.ses,
      config,
      new DynamoSuppressionList(clients.dynamo, config.HUB_TABLE_NAME),
    ),
    signer: new LinkSigner(config.HUB_SIGNING_KEY),
    clock: systemClock,
  });
  return (deliveries) => worker.handleDeliveries(deliveries);
}
