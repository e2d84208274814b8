import type { Clock } from '../shared/clock.js';
import { NotFoundError } from '../shared/errors.js';
import type { CampaignStatus } from '../campaigns/campaign.js';
import { personalise } from '../campaigns/campaign-rules.js';
import type { ArchivedCampaign, CampaignStore } from '../campaigns/campaign-store.js';
import { atomFeed } from './archive-feed.js';
import { NEWSLETTER_PATHS, type NewsletterLinks } from './newsletter-links.js';

export interface ArchiveDeps {
  campaigns: CampaignStore;
  links: NewsletterLinks;
  baseUrl: string;
  clock: Clock;
}

/**
 * A campaign's web version exists once its first mails left (the mails link to it), while sending or
 * paused too; a draft, a scheduled campaign or one staff cancelled is not public.
 */
const PUBLIC_STATUSES: CampaignStatus[] = ['sending', 'paused', 'sent'];
const FEED_SIZE = 20;

/** The public archive of sent campaigns: the list, each web version, and the Atom feed. */
export class ArchiveService {
  constructor(private readonly deps: ArchiveDeps) {}

  /** Sent campaigns, most recent first. */
  list(): Promise<ArchivedCampaign[]> {
    return this.deps.campaigns.listSent();
  }

  /**
   * The campaign as its readers got it, with neutral personalisation: no first name, the personal links
   * replaced by the public newsletter page, original URLs instead of tracked ones, no pixel.
   */
  async webVersion(id: string): Promise<{ subject: string; html: string }> {
    const campaign = await this.deps.campaigns.get(id);
    if (!campaign || !PUBLIC_STATUSES.includes(campaign.status))
      throw new NotFoundError('Cette lettre n’existe pas ou n’a pas été publiée.');
    const newsletterPage = `${this.deps.baseUrl}${NEWSLETTER_PATHS.page}`;
    const { html } = personalise(campaign, {
      firstName: '',
      unsubscribeUrl: newsletterPage,
      preferencesUrl: newsletterPage,
      webVersionUrl: this.deps.links.webVersionUrl(campaign.id),
    });
    return { subject: campaign.subject, html };
  }

  async feed(): Promise<string> {
    const base = this.deps.baseUrl;
    return atomFeed(
      await this.deps.campaigns.listSent(FEED_SIZE),
      {
        archiveUrl: `${base}${NEWSLETTER_PATHS.archive}`,
        feedUrl: `${base}${NEWSLETTER_PATHS.feed}`,
        webVersionUrl: (campaignId) => this.deps.links.webVersionUrl(campaignId),
      },
      this.deps.clock.now(),
    );
  }
}
