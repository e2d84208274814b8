import type { BatchResponse, QueueBatch } from '../../queue/queue.js';
import { systemClock } from '../../shared/clock.js';
import { LinkSigner } from '../../shared/signed-links.js';
import { pauseIfUnhealthy } from '../../campaigns/campaign-auto-pause.js';
import { CampaignTracking } from '../../campaigns/campaign-tracking-rules.js';
import { createAwsClients, suppressingSesMailer } from '../adapters.js';
import { buildCampaignSending } from '../campaign-services.js';
import { autoPause } from '../feedback-services.js';
import { newsletterLinks } from '../newsletter-services.js';
import { AUTO_PAUSE, MAIL_WORKER, type PartOf } from './config-groups.js';
import { CAMPAIGN_TICK_CONFIG, fanoutDeps } from './campaign-tick.js';

export const CAMPAIGN_WORKER_CONFIG = [
  ...CAMPAIGN_TICK_CONFIG,
  ...MAIL_WORKER,
  ...AUTO_PAUSE,
  'HUB_UNSUBSCRIBE_MAILTO',
] as const;

/**
 * The campaign queue's consumer: fans a campaign out into pages of recipients, then mails each page once, with
 * the links and tracking it signs; a campaign past its bounce or complaint threshold pauses and staff are told.
 */
export function campaignWorkerJob(
  config: PartOf<typeof CAMPAIGN_WORKER_CONFIG>,
): (batch: QueueBatch) => Promise<BatchResponse> {
  const clients = createAwsClients(config);
  const clock = systemClock;
  const signer = new LinkSigner(config.HUB_SIGNING_KEY);
  const stores = fanoutDeps(config, clients.dynamo, clock);
  const pause = autoPause(config, {
    store: stores.campaigns,
    mailer: suppressingSesMailer(clients.ses, config, stores.suppression),
    clock,
  });
  const { campaignWorker } = buildCampaignSending(config, clients, {
    ...stores,
    links: newsletterLinks(config, signer, clock),
    tracking: new CampaignTracking(signer, config.HUB_BASE_URL, clock),
    pauseIfUnhealthy: (campaign) => pauseIfUnhealthy(pause, campaign),
  });
  return (batch) => campaignWorker.handleBatch(batch);
}
