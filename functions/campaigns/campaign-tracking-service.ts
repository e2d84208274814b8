import type { Clock } from '../shared/clock.js';
import { logger } from '../shared/logger.js';
import type { CampaignStore } from './campaign-store.js';
import type { CampaignTracking } from './campaign-tracking-rules.js';

export interface CampaignTrackingDeps {
  store: CampaignStore;
  tracking: CampaignTracking;
  clock: Clock;
}

/**
 * Counts what the redirect and pixel URLs report. Per-person statistics need consent (CNIL): a token that
 * names a person counts them once, through a marker, only while their subscriber record still accepts
 * tracking (the store checks it with the write); otherwise (withdrawn, unsubscribed, erased) and for a token
 * without identity, each event is counted in the anonymous share. An expired token counts nothing. A count
 * that fails is logged and never stops the reader from reaching the link.
 */
export class CampaignTrackingService {
  constructor(private readonly deps: CampaignTrackingDeps) {}

  /** The URL a click token leads to (only a URL stored in the campaign), or undefined when unknown. */
  async click(token: string, count: boolean): Promise<string | undefined> {
    const click = this.deps.tracking.readClick(token);
    if (!click) return undefined;
    const url = (await this.deps.store.links(click.campaignId))?.[click.index];
    if (!url || !/^https?:\/\//i.test(url)) return undefined;
    if (count && !click.expired) await this.count(click.campaignId, 'click', click.email);
    return url;
  }

  /** True when the pixel token is genuine (and its open was counted, unless it expired). */
  async open(token: string, count: boolean): Promise<boolean> {
    const open = this.deps.tracking.readOpen(token);
    if (!open) return false;
    if (count && !open.expired) await this.count(open.campaignId, 'open', open.email);
    return true;
  }

  private async count(campaignId: string, kind: 'open' | 'click', email: string | undefined) {
    try {
      const named = email
        ? await this.deps.store.countPerson(campaignId, kind, email, this.deps.clock.now())
        : undefined;
      // No identity in the token, or a person who no longer accepts tracking: the anonymous share.
      if (named === undefined || named === 'no-consent')
        await this.deps.store.addStats(
          campaignId,
          kind === 'open' ? { opened: 1, openedAnonymous: 1 } : { clicked: 1, clickedAnonymous: 1 },
        );
    } catch (error) {
      logger.error('campaign tracking count failed', { campaignId, kind, error });
    }
  }
}
