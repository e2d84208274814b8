import type { HubEvent } from '../events/event.js';
import { escapeXml } from '../shared/escape-xml.js';
import { hubUrl } from '../pages/page-address.js';
import { englishPath } from '../i18n/page-paths.js';

/** The site's lasting pages besides the events. The press kits' page lists the public kits. */
const SITE_PAGES = ['/', '/evenements', '/evenements/passes', '/newsletter', '/newsletter/archives', '/kits'];

/**
 * sitemap.xml: the lasting pages and every published event's page with its last change, each in French and in
 * English, and each naming both as its language alternates (French the default).
 */
export function sitemapXml(baseUrl: string, events: Pick<HubEvent, 'slug' | 'updatedAt'>[]): string {
  const pages: { path: string; lastmod?: string }[] = [
    ...SITE_PAGES.map((path) => ({ path })),
    ...events.map((event) => ({
      path: `/evenements/${encodeURIComponent(event.slug)}`,
      lastmod: event.updatedAt,
    })),
  ];
  const entries = pages.flatMap(({ path, lastmod }) => {
    const french = hubUrl(baseUrl, path);
    const english = hubUrl(baseUrl, englishPath(path)!);
    const alternates = [
      alternate('fr', french),
      alternate('en', english),
      alternate('x-default', french),
    ].join('');
    return [urlEntry(french, alternates, lastmod), urlEntry(english, alternates, lastmod)];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

function alternate(hreflang: string, url: string): string {
  return `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(url)}"/>`;
}

function urlEntry(url: string, alternates: string, lastmod?: string): string {
  const last = lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '';
  return `  <url><loc>${escapeXml(url)}</loc>${last}${alternates}</url>`;
}
