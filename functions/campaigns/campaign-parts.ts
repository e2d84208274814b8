import type { HubConfig } from '../config/config.js';
import type { AwsClients } from '../store/clients.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { Mailer } from '../mail/mailer.js';
import { DynamoSubscriberStore } from '../newsletter/dynamo-subscriber-store.js';
import { NewsletterLinks } from '../newsletter/newsletter-links.js';
import { NewsletterMails } from '../newsletter/newsletter-mails.js';
import { NewsletterService } from '../newsletter/newsletter-service.js';

export interface CampaignParts {
  subscriberStore: DynamoSubscriberStore;
  newsletterLinks: NewsletterLinks;
  newsletter: NewsletterService;
}

export interface CampaignPartsDeps {
  clock: Clock;
  signer: LinkSigner;
  mailer: Mailer;
}

/** The newsletter and campaigns capability's share of the composition root (hub.ts only gains one line). */
export function buildCampaignParts(
  config: HubConfig,
  clients: AwsClients,
  deps: CampaignPartsDeps,
): CampaignParts {
  const { clock, signer, mailer } = deps;
  const subscriberStore = new DynamoSubscriberStore(clients.dynamo, config.HUB_TABLE_NAME);
  const newsletterLinks = new NewsletterLinks({
    baseUrl: config.HUB_BASE_URL,
    signer,
    unsubscribeMailbox:
      config.HUB_UNSUBSCRIBE_MAILTO ?? `desabonnement@${config.HUB_MAIL_FROM.split('@')[1]}`,
  });
  const newsletter = new NewsletterService({
    store: subscriberStore,
    mails: new NewsletterMails(mailer),
    links: newsletterLinks,
    signer,
    clock,
    confirmDays: config.HUB_NEWSLETTER_CONFIRM_DAYS,
  });
  return { subscriberStore, newsletterLinks, newsletter };
}
