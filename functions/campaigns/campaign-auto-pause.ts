import type { Clock } from '../shared/clock.js';
import { logger } from '../shared/logger.js';
import type { Campaign } from './campaign.js';
import type { CampaignStaffMails } from './campaign-mails.js';
import { pauseReason, type PauseThresholds } from './campaign-rules.js';
import type { CampaignAdminStore } from './campaign-store.js';

/** What the auto-pause needs: small enough for the SES feedback function to build without the whole hub. */
export interface AutoPauseDeps {
  store: Pick<CampaignAdminStore, 'transition'>;
  staffMails: Pick<CampaignStaffMails, 'paused'>;
  pause: PauseThresholds;
  clock: Clock;
}

/** Pauses a sending campaign whose bounce or complaint rate passed its threshold, and tells staff. */
export async function pauseIfUnhealthy(deps: AutoPauseDeps, campaign: Campaign): Promise<boolean> {
  if (campaign.status !== 'sending') return false;
  const reason = pauseReason(campaign, deps.pause);
  if (!reason) return false;
  const paused = await deps.store.transition(
    campaign.id,
    ['sending'],
    'paused',
    { pausedReason: reason },
    deps.clock.now(),
  );
  if (!paused) return false;
  logger.warn('campaign paused', { campaignId: campaign.id, reason });
  await deps.staffMails
    .paused(campaign, reason)
    .catch((error) => logger.error('pause notice failed', { error }));
  return true;
}
