import type { Language } from '../i18n/language.js';

/** Where a page is published: the hub's base URL (HUB_BASE_URL) and the page's path, without its query. */
export interface PageAddress {
  baseUrl: string;
  /** The page's French path (an English page is routed at it: see http/language-routing.ts). */
  path: string;
  /** The request's query (`?token=…`), kept by the language switch; empty when there is none. */
  query: string;
}

interface Rendering {
  address: PageAddress | null;
  language: Language;
}

let current: Rendering = { address: null, language: 'fr' };

/**
 * Renders a page knowing its address and language, so that the shell names its canonical URL, share tags and
 * language links, and every text speaks the page's language. Pages render synchronously (no async component),
 * so neither can leak into another request's page; a page that rendered to a promise would be refused.
 */
export function renderAt(
  address: PageAddress | null,
  render: () => unknown,
  language: Language = 'fr',
): string {
  current = { address, language };
  try {
    const html = render();
    if (typeof html !== 'string' && !(html instanceof String))
      throw new Error('A page must render synchronously.');
    return String(html);
  } finally {
    current = { address: null, language: 'fr' };
  }
}

/** The address of the page being rendered (none outside renderPage). */
export function currentPageAddress(): PageAddress | null {
  return current.address;
}

/** The language of the page being rendered (French outside renderPage). */
export function currentLanguage(): Language {
  return current.language;
}

/** An absolute URL on the hub: the base URL (without a trailing slash) and the path. */
export function hubUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
