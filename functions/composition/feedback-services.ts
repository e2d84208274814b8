import type { ConfigPart } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { Mailer } from '../mail/mailer.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import { DynamoCampaignStore } from '../campaigns/dynamo-campaign-store.js';
import { DynamoCampaignAdminStore } from '../campaigns/dynamo-campaign-admin-store.js';
import { CampaignStaffMails } from '../campaigns/campaign-mails.js';
import { CampaignFeedback } from '../campaigns/campaign-feedback.js';
import { pauseIfUnhealthy, type AutoPauseDeps } from '../campaigns/campaign-auto-pause.js';
import { suppressingSesMailer, type AwsClients, type SenderConfig } from './adapters.js';

/** What the automatic pause reads: its thresholds, and whom to tell. */
export type AutoPauseConfig = ConfigPart<
  | 'HUB_STAFF_EMAILS'
  | 'HUB_BASE_URL'
  | 'HUB_CAMPAIGN_MAX_BOUNCE_RATE'
  | 'HUB_CAMPAIGN_MAX_COMPLAINT_RATE'
  | 'HUB_CAMPAIGN_PAUSE_MIN_SENT'
>;

/** A campaign pauses itself above the configured rates, and staff are told by `mailer`. */
export function autoPause(
  config: AutoPauseConfig,
  deps: { store: AutoPauseDeps['store']; mailer: Mailer; clock: Clock },
): AutoPauseDeps & { staffMails: CampaignStaffMails } {
  return {
    store: deps.store,
    staffMails: new CampaignStaffMails(deps.mailer, {
      staffEmails: config.HUB_STAFF_EMAILS,
      baseUrl: config.HUB_BASE_URL,
    }),
    pause: {
      maxBounceRate: config.HUB_CAMPAIGN_MAX_BOUNCE_RATE,
      maxComplaintRate: config.HUB_CAMPAIGN_MAX_COMPLAINT_RATE,
      minSent: config.HUB_CAMPAIGN_PAUSE_MIN_SENT,
    },
    clock: deps.clock,
  };
}

/**
 * SES feedback: bounces and complaints feed the suppression list and count for their campaign, which pauses
 * itself past its thresholds. The table and SES only: no signing key, no queue.
 */
export function buildCampaignFeedback(
  config: AutoPauseConfig & SenderConfig & ConfigPart<'HUB_TABLE_NAME'>,
  clients: AwsClients,
  clock: Clock,
): CampaignFeedback {
  const table = config.HUB_TABLE_NAME;
  const suppression = new DynamoSuppressionList(clients.dynamo, table);
  const campaigns = new DynamoCampaignAdminStore(
    new DynamoCampaignStore(clients.dynamo, table),
    clients.dynamo,
    table,
  );
  const pause = autoPause(config, {
    store: campaigns,
    mailer: suppressingSesMailer(clients.ses, config, suppression),
    clock,
  });
  return new CampaignFeedback({
    suppression,
    campaigns,
    service: { pauseIfUnhealthy: (campaign) => pauseIfUnhealthy(pause, campaign) },
    clock,
  });
}
