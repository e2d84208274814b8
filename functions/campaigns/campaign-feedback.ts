import type { Clock } from '../shared/clock.js';
import { normaliseEmail } from '../shared/email.js';
import type { SuppressionList } from '../suppression/suppression-list.js';
import { feedbackActions, type SesEventRecord } from '../suppression/feedback-rules.js';
import { CAMPAIGN_TAG } from './campaign.js';
import type { CampaignService } from './campaign-service.js';
import type { CampaignAdminStore, DeliveryOutcome } from './campaign-store.js';

export interface CampaignFeedbackDeps {
  suppression: SuppressionList;
  campaigns: CampaignAdminStore;
  service: Pick<CampaignService, 'pauseIfUnhealthy'>;
  clock: Clock;
}

/** The local hub's `POST /_local/ses-events` body, turned into the record SES publishes. */
export interface SimpleSesEvent {
  type: 'Bounce' | 'Complaint' | 'Delivery';
  email: string;
  bounceType?: 'Permanent' | 'Transient' | 'Undetermined';
}

/**
 * The simulated event names no message, so `campaignId` (the campaign that last mailed the address, if
 * any) stands for the tag SES would have echoed: the record is then handled like a deployed one.
 */
export function toSesRecord(
  event: SimpleSesEvent,
  campaignId?: string,
): { record: SesEventRecord; deliveredTo: string[] } {
  const recipients = [{ emailAddress: event.email }];
  return {
    record: {
      eventType: event.type,
      mail: { messageId: 'local', ...(campaignId ? { tags: { [CAMPAIGN_TAG]: [campaignId] } } : {}) },
      ...(event.type === 'Bounce'
        ? { bounce: { bounceType: event.bounceType ?? 'Permanent', bouncedRecipients: recipients } }
        : {}),
      ...(event.type === 'Complaint' ? { complaint: { complainedRecipients: recipients } } : {}),
    },
    deliveredTo: event.type === 'Delivery' ? [event.email] : [],
  };
}

/**
 * SES feedback, for all mail: permanent bounces and complaints suppress the address (the suppression
 * list every mail honours), soft bounces are counted. Only a campaign mail (tagged with its campaign)
 * changes that campaign's statistics, once per recipient and outcome however often SES reports it; the
 * campaign pauses itself when its rates pass the thresholds.
 */
export class CampaignFeedback {
  constructor(private readonly deps: CampaignFeedbackDeps) {}

  async record(
    record: SesEventRecord,
    deliveredTo: string[] = [],
    at: Date = this.deps.clock.now(),
  ): Promise<void> {
    const actions = feedbackActions(record);
    await Promise.all([
      ...actions.suppress.map(({ email, reason }) => this.deps.suppression.suppress(email, reason, at)),
      ...actions.softBounces.map((email) => this.deps.suppression.recordSoftBounce(email, at)),
    ]);
    const campaignId = record.mail.tags?.[CAMPAIGN_TAG]?.[0];
    if (!campaignId) return;
    const outcomes: [string, DeliveryOutcome][] = [
      ...deliveredTo.map((email): [string, DeliveryOutcome] => [normaliseEmail(email), 'delivered']),
      ...actions.suppress.map(({ email, reason }): [string, DeliveryOutcome] => [
        email,
        reason === 'bounce' ? 'bounced' : 'complained',
      ]),
    ];
    for (const [email, outcome] of outcomes) {
      const counted = await this.deps.campaigns.countOutcome(campaignId, outcome, email, at);
      if (!counted || outcome === 'delivered') continue;
      const campaign = await this.deps.campaigns.get(campaignId);
      if (campaign) await this.deps.service.pauseIfUnhealthy(campaign);
    }
  }
}
