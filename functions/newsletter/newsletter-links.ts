import type { LinkSigner } from '../shared/signed-links.js';
import type { Campaign } from '../campaigns/campaign.js';
import { isArchived } from '../campaigns/campaign-rules.js';
import { TOKEN_PURPOSES } from './newsletter-rules.js';

export const NEWSLETTER_PATHS = {
  page: '/newsletter',
  confirm: '/newsletter/confirm',
  preferences: '/newsletter/preferences',
  unsubscribe: '/newsletter/unsubscribe',
  archive: '/newsletter/archives',
  feed: '/newsletter/archives/feed.atom',
} as const;

/** Whom a personal web version shows the letter to: the recipient, greeted as in their mail. */
export interface WebVersionReader {
  email: string;
  firstName?: string;
}

export interface NewsletterLinkOptions {
  baseUrl: string;
  signer: LinkSigner;
  /** The mailto: of List-Unsubscribe. */
  unsubscribeMailbox: string;
}

/** The personal links every newsletter carries; the token names the address and never expires. */
export class NewsletterLinks {
  constructor(private readonly options: NewsletterLinkOptions) {}

  preferencesToken(email: string): string {
    return this.options.signer.sign(TOKEN_PURPOSES.preferences, email);
  }

  /** The address a preference/unsubscribe token was signed for, or undefined when forged. */
  emailFor(token: string): string | undefined {
    return this.options.signer.verify(TOKEN_PURPOSES.preferences, token);
  }

  preferencesUrl(email: string): string {
    return this.url(NEWSLETTER_PATHS.preferences, this.preferencesToken(email));
  }

  confirmUrl(token: string): string {
    return this.url(NEWSLETTER_PATHS.confirm, token);
  }

  /** The public web version of an archived campaign. */
  webVersionUrl(campaignId: string): string {
    return `${this.options.baseUrl}${NEWSLETTER_PATHS.archive}/${encodeURIComponent(campaignId)}`;
  }

  /**
   * The web version a recipient's mail links to: the public one for an archived campaign, else a link of
   * their own, signed for this campaign and this reader, which shows the letter as they received it.
   */
  webVersionUrlFor(
    campaign: Pick<Campaign, 'id' | 'audience' | 'archive'>,
    reader: WebVersionReader,
  ): string {
    if (isArchived(campaign)) return this.webVersionUrl(campaign.id);
    const token = this.options.signer.sign(
      TOKEN_PURPOSES.webVersion,
      `${campaign.id}\n${reader.email}\n${reader.firstName ?? ''}`,
    );
    return `${this.webVersionUrl(campaign.id)}?token=${encodeURIComponent(token)}`;
  }

  /** The reader a personal web version link was signed for, when signed for this campaign; else undefined. */
  webVersionReader(campaignId: string, token: string): WebVersionReader | undefined {
    const subject = this.options.signer.verify(TOKEN_PURPOSES.webVersion, token);
    const [signedFor, email, ...name] = subject?.split('\n') ?? [];
    if (signedFor !== campaignId || !email) return undefined;
    return { email, firstName: name.join('\n') };
  }

  /** The links of one letter, signed once: the token is the same in each, and signing is per-recipient work. */
  personalLinks(email: string): {
    unsubscribeUrl: string;
    preferencesUrl: string;
    headers: Record<string, string>;
  } {
    const token = this.preferencesToken(email);
    return {
      unsubscribeUrl: this.url(NEWSLETTER_PATHS.unsubscribe, token),
      preferencesUrl: this.url(NEWSLETTER_PATHS.preferences, token),
      headers: this.unsubscribeHeaders(token),
    };
  }

  /** RFC 8058 headers: an HTTPS URL that unsubscribes on a one-click POST, and a mailto fallback. */
  private unsubscribeHeaders(token: string): Record<string, string> {
    const mailto = `mailto:${this.options.unsubscribeMailbox}?subject=${encodeURIComponent(`desabonnement ${token}`)}`;
    return {
      'List-Unsubscribe': `<${this.url(NEWSLETTER_PATHS.unsubscribe, token)}>, <${mailto}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  private url(path: string, token: string): string {
    return `${this.options.baseUrl}${path}?token=${encodeURIComponent(token)}`;
  }
}
