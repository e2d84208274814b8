import type { HubEvent } from '../events/event.js';
import { escapeXml } from '../shared/escape-xml.js';
import { hubUrl } from '../pages/page-address.js';

/** The site's lasting pages besides the events. The press kits' page lists the public kits. */
const SITE_PAGES = ['/', '/evenements', '/evenements/passes', '/newsletter', '/newsletter/archives', '/kits'];

/** sitemap.xml: the lasting pages and every published event's page, with its last change. */
export function sitemapXml(baseUrl: string, events: Pick<HubEvent, 'slug' | 'updatedAt'>[]): string {
  const entries = [
    ...SITE_PAGES.map((path) => urlEntry(hubUrl(baseUrl, path))),
    ...events.map((event) =>
      urlEntry(hubUrl(baseUrl, `/evenements/${encodeURIComponent(event.slug)}`), event.updatedAt),
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

function urlEntry(url: string, lastmod?: string): string {
  const last = lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '';
  return `  <url><loc>${escapeXml(url)}</loc>${last}</url>`;
}
