import type { Queue } from '../queue/queue.js';
import { logger } from '../shared/logger.js';
import type { Clock } from '../shared/clock.js';
import { newId } from '../shared/ids.js';
import { resolveAudience, type AudienceDeps } from './campaign-audience.js';
import type { CampaignAdminStore } from './campaign-store.js';
import { RECIPIENTS_PER_MESSAGE, type CampaignMessage } from './campaign-messages.js';

export interface FanoutDeps extends AudienceDeps {
  campaigns: CampaignAdminStore;
  queue: Queue;
  clock: Clock;
}

/**
 * Pages a campaign's audience into queue messages. Running it twice for a round (a redelivered order)
 * only enqueues recipients again: their send markers keep each mail single.
 */
export class CampaignFanout {
  constructor(private readonly deps: FanoutDeps) {}

  async run(campaignId: string, round: number): Promise<number> {
    const campaign = await this.deps.campaigns.get(campaignId);
    if (!campaign || campaign.status !== 'sending' || campaign.round !== round) return 0;
    const recipients = await resolveAudience(campaign.audience, this.deps, this.deps.clock.now());
    const bodies: string[] = [];
    for (let start = 0; start < recipients.length; start += RECIPIENTS_PER_MESSAGE) {
      const message: CampaignMessage = {
        type: 'deliver',
        campaignId,
        round,
        page: newId(),
        recipients: recipients.slice(start, start + RECIPIENTS_PER_MESSAGE),
      };
      bodies.push(JSON.stringify(message));
    }
    // Counted before enqueueing: a fast worker must never see the count reach zero early.
    await this.deps.campaigns.recordFanout(campaignId, round, recipients.length, bodies.length);
    if (bodies.length === 0) {
      const now = this.deps.clock.now();
      await this.deps.campaigns.transition(
        campaignId,
        ['sending'],
        'sent',
        { sentAt: now.toISOString() },
        now,
      );
      return 0;
    }
    await this.deps.queue.send(bodies);
    logger.info('campaign fan-out', {
      campaignId,
      round,
      recipients: recipients.length,
      messages: bodies.length,
    });
    return recipients.length;
  }

  /** Starts the scheduled campaigns whose time has come (the schedule tick). */
  async startDue(now: Date): Promise<string[]> {
    const started: string[] = [];
    for (const campaign of await this.deps.campaigns.list()) {
      if (campaign.status !== 'scheduled' || !campaign.scheduledAt) continue;
      if (new Date(campaign.scheduledAt).getTime() > now.getTime()) continue;
      const sending = await this.deps.campaigns.transition(
        campaign.id,
        ['scheduled'],
        'sending',
        { startedAt: now.toISOString(), newRound: true },
        now,
      );
      if (!sending) continue;
      await this.deps.queue.send([
        JSON.stringify({ type: 'fanout', campaignId: campaign.id, round: sending.round }),
      ]);
      started.push(campaign.id);
    }
    return started;
  }
}
