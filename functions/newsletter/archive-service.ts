import type { Clock } from '../shared/clock.js';
import { NotFoundError } from '../shared/errors.js';
import type { Campaign, CampaignStatus } from '../campaigns/campaign.js';
import { isArchived, personalise } from '../campaigns/campaign-rules.js';
import type { ArchivedCampaign, CampaignStore } from '../campaigns/campaign-store.js';
import { atomFeed } from './archive-feed.js';
import { mailAsWebPage } from './web-page-html.js';
import { NEWSLETTER_PATHS, type NewsletterLinks, type WebVersionReader } from './newsletter-links.js';

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

const notPublished = () => new NotFoundError('Cette lettre n’existe pas ou n’a pas été publiée.');

/** The public archive of sent campaigns: the list, each web version, and the Atom feed. */
export class ArchiveService {
  constructor(private readonly deps: ArchiveDeps) {}

  /** Sent campaigns, most recent first. */
  list(): Promise<ArchivedCampaign[]> {
    return this.deps.campaigns.listSent();
  }

  /**
   * Without `token`, an archived campaign as its readers got it, with neutral personalisation: no first
   * name, the personal links replaced by the public newsletter page, original URLs instead of tracked ones,
   * no pixel. With the token of a recipient's web version link (`NewsletterLinks.webVersionUrlFor`), the
   * letter as that recipient got it, archived or not, still untracked. Anything else is not found.
   */
  async webVersion(id: string, token?: string): Promise<{ subject: string; html: string }> {
    // A forged or foreign token costs no read.
    const reader = token === undefined ? undefined : this.deps.links.webVersionReader(id, token);
    if (token !== undefined && !reader) throw notPublished();
    const campaign = await this.deps.campaigns.get(id);
    if (!campaign || !PUBLIC_STATUSES.includes(campaign.status)) throw notPublished();
    if (reader) return this.personalVersion(campaign, reader);
    if (!isArchived(campaign)) throw notPublished();
    const newsletterPage = `${this.deps.baseUrl}${NEWSLETTER_PATHS.page}`;
    const { html } = personalise(campaign, {
      firstName: '',
      unsubscribeUrl: newsletterPage,
      preferencesUrl: newsletterPage,
      webVersionUrl: this.deps.links.webVersionUrl(campaign.id),
    });
    return { subject: campaign.subject, html: mailAsWebPage(html) };
  }

  private personalVersion(campaign: Campaign, reader: WebVersionReader): { subject: string; html: string } {
    const { links } = this.deps;
    const { unsubscribeUrl, preferencesUrl } = links.personalLinks(reader.email);
    const { html } = personalise(campaign, {
      firstName: reader.firstName ?? '',
      unsubscribeUrl,
      preferencesUrl,
      webVersionUrl: links.webVersionUrlFor(campaign, reader),
    });
    return { subject: campaign.subject, html: mailAsWebPage(html) };
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
