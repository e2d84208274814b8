import type { Clock } from '../shared/clock.js';
import { normaliseEmail } from '../shared/email.js';
import type { SuppressionList } from '../suppression/suppression-list.js';
import { feedbackActions, type SesEventRecord } from '../suppression/feedback-rules.js';
import type { CampaignStats } from './campaign.js';
import type { CampaignService } from './campaign-service.js';
import type { CampaignStore } from './campaign-store.js';

export interface CampaignFeedbackDeps {
  suppression: SuppressionList;
  campaigns: CampaignStore;
  service: Pick<CampaignService, 'pauseIfUnhealthy'>;
  clock: Clock;
}

/** The local hub's `POST /_local/ses-events` body, turned into the record SES publishes. */
export interface SimpleSesEvent {
  type: 'Bounce' | 'Complaint' | 'Delivery';
  email: string;
  bounceType?: 'Permanent' | 'Transient' | 'Undetermined';
}

export function toSesRecord(event: SimpleSesEvent): { record: SesEventRecord; deliveredTo: string[] } {
  const recipients = [{ emailAddress: event.email }];
  return {
    record: {
      eventType: event.type,
      mail: { messageId: 'local' },
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
 * list every mail honours), soft bounces are counted; the campaign that last wrote to the address gets
 * its statistics updated, and pauses itself when its rates pass the thresholds.
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
    const counted: [string, keyof CampaignStats][] = [
      ...deliveredTo.map((email): [string, keyof CampaignStats] => [normaliseEmail(email), 'delivered']),
      ...actions.suppress.map(({ email, reason }): [string, keyof CampaignStats] => [
        email,
        reason === 'bounce' ? 'bounced' : 'complained',
      ]),
    ];
    for (const [email, stat] of counted) {
      const campaignId = await this.deps.campaigns.lastCampaignMailedTo(email);
      if (!campaignId) continue;
      const campaign = await this.deps.campaigns.addStats(campaignId, { [stat]: 1 });
      if (campaign && stat !== 'delivered') await this.deps.service.pauseIfUnhealthy(campaign);
    }
  }
}
