import type { HubConfig } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { SubscriberStore } from './subscriber-store.js';
import { NewsletterLinks } from './newsletter-links.js';
import { NewsletterService, type NewsletterServiceDeps } from './newsletter-service.js';
import { ArchiveService } from './archive-service.js';
import type { CampaignStore } from '../campaigns/campaign-store.js';
import { CampaignTracking } from '../campaigns/campaign-tracking-rules.js';
import { CampaignTrackingService } from '../campaigns/campaign-tracking-service.js';

/** What readers of the letter reach without a session: subscription, archive, and the links of campaign mails. */
export interface NewsletterParts {
  newsletterLinks: NewsletterLinks;
  newsletter: NewsletterService;
  /** Signs and reads the redirect and pixel tokens of campaign mails. */
  campaignTracking: CampaignTracking;
  /** Counts what the redirect and pixel URLs of campaign mails report. */
  campaignTrackingService: CampaignTrackingService;
  /** The public archive of sent campaigns and its Atom feed. */
  archive: ArchiveService;
}

export interface NewsletterPartsDeps {
  clock: Clock;
  signer: LinkSigner;
  /** Sends the double opt-in confirmation (the mail port of subscription). */
  confirmations: NewsletterServiceDeps['mails'];
  subscriberStore: SubscriberStore;
  /** Read by the archive and the tracking; an unsubscription is counted on the last campaign mailed. */
  campaignStore: CampaignStore;
}

export function buildNewsletterParts(config: HubConfig, deps: NewsletterPartsDeps): NewsletterParts {
  const { clock, signer, subscriberStore, campaignStore } = deps;
  const newsletterLinks = new NewsletterLinks({
    baseUrl: config.HUB_BASE_URL,
    signer,
    unsubscribeMailbox:
      config.HUB_UNSUBSCRIBE_MAILTO ?? `desabonnement@${config.HUB_MAIL_FROM.split('@')[1]}`,
  });
  const newsletter = new NewsletterService({
    store: subscriberStore,
    mails: deps.confirmations,
    links: newsletterLinks,
    signer,
    clock,
    confirmDays: config.HUB_NEWSLETTER_CONFIRM_DAYS,
    onUnsubscribe: async (email) => {
      const campaignId = await campaignStore.lastCampaignMailedTo(email);
      if (campaignId) await campaignStore.addStats(campaignId, { unsubscribed: 1 });
    },
  });
  const campaignTracking = new CampaignTracking(signer, config.HUB_BASE_URL);
  return {
    newsletterLinks,
    newsletter,
    campaignTracking,
    campaignTrackingService: new CampaignTrackingService({
      store: campaignStore,
      tracking: campaignTracking,
      clock,
    }),
    archive: new ArchiveService({
      campaigns: campaignStore,
      links: newsletterLinks,
      baseUrl: config.HUB_BASE_URL,
      clock,
    }),
  };
}
