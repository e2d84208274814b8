import type { Clock } from '../shared/clock.js';
import { isExpired, type LinkSigner, type SignedToken } from '../shared/signed-links.js';

/**
 * Open and click measurement, CNIL-compliant: a recipient is identified in a tracking token only when
 * their subscriber record says `tracking: true` (consent asked on the subscription form and the
 * preference page). Everyone else gets tokens that name the campaign and the link, nothing else, so
 * their opens and clicks can only be counted in aggregate.
 */
export const TRACKING_PATHS = {
  click: '/newsletter/c',
  open: '/newsletter/o',
} as const;

const PURPOSES = { click: 'campaign-click', open: 'campaign-open' } as const;

/** A hit is measured this long after the mail was sent; later, and for mails sent before tokens expired, it only leads on. */
export const TRACKING_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;

/** A compiled link, replaced per recipient by its redirect URL (or by the original URL where nothing is measured). */
export const TRACKED_LINK = /\{\{track:(\d+)\}\}/g;

// Only the href of <a> elements, and only web links: placeholders, mailto: and anchors stay as they are.
const WEB_LINK = /(<a\b[^>]*?\shref=")(https?:\/\/[^"]+)(")/gi;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Compile time, once per campaign: every web link of the body becomes `{{track:N}}`, N indexing the
 * original URL in `links` (one index per distinct URL).
 */
export function trackLinks(html: string): { html: string; links: string[] } {
  const links: string[] = [];
  const tracked = html.replace(WEB_LINK, (_, before: string, href: string, after: string) => {
    const url = unescapeAttribute(href);
    let index = links.indexOf(url);
    if (index < 0) index = links.push(url) - 1;
    return `${before}{{track:${index}}}${after}`;
  });
  return { html: tracked, links };
}

/** What a recipient's tracked mail needs: the redirect URL of each link, and the pixel's URL. */
export interface TrackingUrls {
  click(index: number): string;
  open: string;
}

export interface ClickToken {
  campaignId: string;
  index: number;
  /** Present only for a subscriber who accepted tracking. */
  email?: string;
  /** Past TRACKING_DAYS (or signed with no expiry): leads to the link, counts nothing. */
  expired: boolean;
}

export interface OpenToken {
  campaignId: string;
  email?: string;
  expired: boolean;
}

/** Signs and reads the tokens of the redirect and pixel URLs; a genuine token leads to its link at any age. */
export class CampaignTracking {
  constructor(
    private readonly signer: LinkSigner,
    private readonly baseUrl: string,
    private readonly clock: Clock,
  ) {}

  /** The URLs for one recipient; `email` is given only when that person consented to tracking. */
  forRecipient(campaignId: string, email?: string): TrackingUrls {
    const who = email ?? '';
    const expiresAt = new Date(this.clock.now().getTime() + TRACKING_DAYS * DAY);
    return {
      click: (index) =>
        `${this.baseUrl}${TRACKING_PATHS.click}/${this.signer.sign(PURPOSES.click, `${campaignId}\n${index}\n${who}`, expiresAt)}`,
      open: `${this.baseUrl}${TRACKING_PATHS.open}/${this.signer.sign(PURPOSES.open, `${campaignId}\n${who}`, expiresAt)}`,
    };
  }

  /** The click a token stands for, or undefined when forged or malformed. */
  readClick(token: string): ClickToken | undefined {
    const read = this.signer.read(PURPOSES.click, token);
    const parts = read?.subject.split('\n');
    if (!read || parts?.length !== 3 || !parts[0] || !/^\d{1,4}$/.test(parts[1]!)) return undefined;
    return {
      campaignId: parts[0],
      index: Number(parts[1]),
      ...(parts[2] ? { email: parts[2] } : {}),
      expired: this.expired(read),
    };
  }

  readOpen(token: string): OpenToken | undefined {
    const read = this.signer.read(PURPOSES.open, token);
    const parts = read?.subject.split('\n');
    if (!read || parts?.length !== 2 || !parts[0]) return undefined;
    return { campaignId: parts[0], ...(parts[1] ? { email: parts[1] } : {}), expired: this.expired(read) };
  }

  private expired(token: SignedToken): boolean {
    return !token.expiresAt || isExpired(token, this.clock.now());
  }
}

/** The invisible 1×1 image that reports an open; empty alt so screen readers skip it. */
export function openPixel(url: string, escape: (value: string) => string): string {
  return `<img src="${escape(url)}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0" />`;
}
