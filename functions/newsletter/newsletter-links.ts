import type { LinkSigner } from '../shared/signed-links.js';
import { TOKEN_PURPOSES } from './newsletter-rules.js';

export const NEWSLETTER_PATHS = {
  page: '/newsletter',
  confirm: '/newsletter/confirm',
  preferences: '/newsletter/preferences',
  unsubscribe: '/newsletter/unsubscribe',
  archive: '/newsletter/archives',
  feed: '/newsletter/archives/feed.atom',
} as const;

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

  webVersionUrl(campaignId: string): string {
    return `${this.options.baseUrl}${NEWSLETTER_PATHS.archive}/${encodeURIComponent(campaignId)}`;
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
