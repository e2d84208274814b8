import type { Language } from '../i18n/language.js';
import type { Clock } from '../shared/clock.js';
import { isExpired, type LinkSigner } from '../shared/signed-links.js';
import type { Campaign } from '../campaigns/campaign.js';
import { isArchived } from '../campaigns/campaign-rules.js';
import { LEGACY_PREFERENCE_LINKS_UNTIL, PREFERENCE_LINK_DAYS, TOKEN_PURPOSES } from './newsletter-rules.js';

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
  /** Links expire from the time they are signed. */
  clock: Clock;
}

/** The person a genuine preference/unsubscribe link names; past `expired`, it only unsubscribes. */
export interface PreferenceLink {
  email: string;
  expired: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The personal links every newsletter carries. Their token holds the address sealed (the URL shows no
 * address) and an expiry, PREFERENCE_LINK_DAYS after signing.
 */
export class NewsletterLinks {
  constructor(private readonly options: NewsletterLinkOptions) {}

  preferencesToken(email: string): string {
    const expiresAt = new Date(this.options.clock.now().getTime() + PREFERENCE_LINK_DAYS * DAY);
    return this.options.signer.seal(TOKEN_PURPOSES.preferences, email, expiresAt);
  }

  /** What a preference/unsubscribe token says, or undefined when forged; readable tokens of older mails too. */
  readPreferenceLink(token: string): PreferenceLink | undefined {
    const { signer, clock } = this.options;
    const now = clock.now();
    const sealed = signer.readSealed(TOKEN_PURPOSES.preferences, token);
    if (sealed) return { email: sealed.subject, expired: isExpired(sealed, now) };
    const legacy = signer.read(TOKEN_PURPOSES.legacyPreferences, token);
    if (legacy) return { email: legacy.subject, expired: now >= LEGACY_PREFERENCE_LINKS_UNTIL };
    return undefined;
  }

  preferencesUrl(email: string): string {
    return this.url(NEWSLETTER_PATHS.preferences, this.preferencesToken(email));
  }

  /** The confirmation page in the language of the request. */
  confirmUrl(token: string, language: Language = 'fr'): string {
    return this.url(language === 'en' ? `/en${NEWSLETTER_PATHS.confirm}` : NEWSLETTER_PATHS.confirm, token);
  }

  /** The public web version of an archived campaign. */
  webVersionUrl(campaignId: string): string {
    return `${this.options.baseUrl}${NEWSLETTER_PATHS.archive}/${encodeURIComponent(campaignId)}`;
  }

  /**
   * The web version a recipient's mail links to: the public one for an archived campaign, else a link of
   * their own, sealed for this campaign and this reader (the URL shows neither address nor name), which shows
   * the letter as they received it.
   */
  webVersionUrlFor(
    campaign: Pick<Campaign, 'id' | 'audience' | 'archive'>,
    reader: WebVersionReader,
  ): string {
    if (isArchived(campaign)) return this.webVersionUrl(campaign.id);
    const token = this.options.signer.seal(
      TOKEN_PURPOSES.webVersion,
      `${campaign.id}\n${reader.email}\n${reader.firstName ?? ''}`,
    );
    return `${this.webVersionUrl(campaign.id)}?token=${encodeURIComponent(token)}`;
  }

  /** The reader a personal web version link was signed for, when signed for this campaign; else undefined. */
  webVersionReader(campaignId: string, token: string): WebVersionReader | undefined {
    const subject = this.options.signer.readSealed(TOKEN_PURPOSES.webVersion, token)?.subject;
    const [signedFor, email, ...name] = subject?.split('\n') ?? [];
    if (signedFor !== campaignId || !email) return undefined;
    return { email, firstName: name.join('\n') };
  }

  /** The links of one letter, signed once: the token is the same in each, and signing is per-recipient work. */
  personalLinks(
    email: string,
    language: Language = 'fr',
  ): {
    unsubscribeUrl: string;
    preferencesUrl: string;
    headers: Record<string, string>;
  } {
    const token = this.preferencesToken(email);
    // The pages in the reader's language; the List-Unsubscribe header keeps the French URL, which mail clients post to.
    const page = (path: string) => (language === 'en' ? `/en${path}` : path);
    return {
      unsubscribeUrl: this.url(page(NEWSLETTER_PATHS.unsubscribe), token),
      preferencesUrl: this.url(page(NEWSLETTER_PATHS.preferences), token),
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
