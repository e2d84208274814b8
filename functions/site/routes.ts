import type { PublicApp } from '../http/env.js';
import { publicSubApp } from '../http/sub-app.js';
import type { EventService } from '../events/event-service.js';
import { robotsTxt } from './robots.js';
import { sitemapXml } from './sitemap.js';
import { ICON_SVG, faviconIco } from './icons.js';

export interface SiteFileDeps {
  events: Pick<EventService, 'listPublished'>;
  /** The sitemap and robots.txt name absolute URLs. */
  baseUrl: string;
}

// The sitemap follows the events within the hour; the icons change with a deployment at most.
const HOURLY = 'public, max-age=3600';
const DAILY = 'public, max-age=86400';

/** What crawlers and browsers ask every site for: robots.txt, the sitemap and the icons. */
export function siteFileRoutes({ events, baseUrl }: SiteFileDeps): PublicApp {
  const app = publicSubApp();
  app.get('/robots.txt', (c) => {
    c.header('cache-control', DAILY);
    return c.text(robotsTxt(baseUrl));
  });
  app.get('/sitemap.xml', async (c) => {
    const xml = sitemapXml(baseUrl, await events.listPublished());
    return c.body(xml, 200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': HOURLY });
  });
  app.get('/icon.svg', (c) =>
    c.body(ICON_SVG, 200, { 'content-type': 'image/svg+xml', 'cache-control': DAILY }),
  );
  app.get('/favicon.ico', (c) =>
    c.body(faviconIco(), 200, { 'content-type': 'image/x-icon', 'cache-control': DAILY }),
  );
  return app;
}
