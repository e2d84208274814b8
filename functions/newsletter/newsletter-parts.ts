import type { HubConfig } from '../config/config.js';
import type { AwsClients } from '../store/clients.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import { DynamoSubscriberStore } from './dynamo-subscriber-store.js';
import { NewsletterLinks } from './newsletter-links.js';
import { NewsletterService, type NewsletterServiceDeps } from './newsletter-service.js';
import { ArchiveService } from './archive-service.js';
import { DynamoCampaignStore } from '../campaigns/dynamo-campaign-store.js';
import { CampaignTracking } from '../campaigns/campaign-tracking-rules.js';
import { CampaignTrackingService } from '../campaigns/campaign-tracking-service.js';

/** What readers of the letter reach without a session: subscription, archive, and the links of campaign mails. */
export interface NewsletterParts {
  subscriberStore: DynamoSubscriberStore;
  newsletterLinks: NewsletterLinks;
  newsletter: NewsletterService;
  /** Read by the archive and the tracking; an unsubscription is counted on the last campaign mailed. */
  campaignStore: DynamoCampaignStore;
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
}

export function buildNewsletterParts(
  config: HubConfig,
  clients: Pick<AwsClients, 'dynamo'>,
  deps: NewsletterPartsDeps,
): NewsletterParts {
  const { clock, signer } = deps;
  const table = config.HUB_TABLE_NAME;
  const subscriberStore = new DynamoSubscriberStore(clients.dynamo, table);
  const campaignStore = new DynamoCampaignStore(clients.dynamo, table);
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
    subscriberStore,
    newsletterLinks,
    newsletter,
    campaignStore,
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
