import type { ConfigPart } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { SubscriberStore } from '../newsletter/subscriber-store.js';
import { NewsletterLinks } from '../newsletter/newsletter-links.js';
import { NewsletterService, type NewsletterServiceDeps } from '../newsletter/newsletter-service.js';
import { ArchiveService } from '../newsletter/archive-service.js';
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
  /** Keeps the double opt-in mails to one address few. */
  rateLimits: NewsletterServiceDeps['limits'];
  /** Read by the archive and the tracking; an unsubscription is counted on the last campaign mailed. */
  campaignStore: CampaignStore;
}

/** What the links of the letter's mails read: where the hub lives, and the unsubscribe mailbox. */
export type NewsletterLinksConfig = ConfigPart<'HUB_BASE_URL' | 'HUB_UNSUBSCRIBE_MAILTO' | 'HUB_MAIL_FROM'>;

/** The signed links of the letter's mails (preferences, unsubscribe, List-Unsubscribe), dated by `clock`. */
export function newsletterLinks(
  config: NewsletterLinksConfig,
  signer: LinkSigner,
  clock: Clock,
): NewsletterLinks {
  return new NewsletterLinks({
    baseUrl: config.HUB_BASE_URL,
    signer,
    clock,
    unsubscribeMailbox:
      config.HUB_UNSUBSCRIBE_MAILTO ?? `desabonnement@${config.HUB_MAIL_FROM.split('@')[1]}`,
  });
}

export function buildNewsletterParts(
  config: NewsletterLinksConfig & ConfigPart<'HUB_NEWSLETTER_CONFIRM_DAYS'>,
  deps: NewsletterPartsDeps,
): NewsletterParts {
  const { clock, signer, subscriberStore, campaignStore } = deps;
  const links = newsletterLinks(config, signer, clock);
  const newsletter = new NewsletterService({
    store: subscriberStore,
    mails: deps.confirmations,
    links,
    signer,
    clock,
    limits: deps.rateLimits,
    confirmDays: config.HUB_NEWSLETTER_CONFIRM_DAYS,
    onUnsubscribe: async (email) => {
      const campaignId = await campaignStore.lastCampaignMailedTo(email);
      if (campaignId) await campaignStore.addStats(campaignId, { unsubscribed: 1 });
    },
  });
  const campaignTracking = new CampaignTracking(signer, config.HUB_BASE_URL, clock);
  return {
    newsletterLinks: links,
    newsletter,
    campaignTracking,
    campaignTrackingService: new CampaignTrackingService({
      store: campaignStore,
      tracking: campaignTracking,
      clock,
    }),
    archive: new ArchiveService({
      campaigns: campaignStore,
      links,
      baseUrl: config.HUB_BASE_URL,
      clock,
    }),
  };
}
