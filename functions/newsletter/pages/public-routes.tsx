import type { PublicApp } from '../../http/env.js';
import { publicSubApp } from '../../http/sub-app.js';
import { renderPage } from '../../pages/render.js';
import { MessagePage } from '../../registrations/pages/message-page.js';
import { NotFoundError } from '../../shared/errors.js';
import { ArchivePage } from '../archive-pages.js';
import type { ArchiveService } from '../archive-service.js';
import { NEWSLETTER_PATHS } from '../newsletter-links.js';

/**
 * The web version is staff-written HTML served as a whole page: it may show styles and images, never run
 * anything (the app's own policy is kept for every other page; secureHeaders leaves this one alone).
 */
const WEB_VERSION_POLICY = [
  "default-src 'none'",
  "img-src 'self' https: data:",
  "style-src 'unsafe-inline'",
  'font-src https:',
  "script-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Public, no session: the archive of sent letters, each letter's web version (public when archived,
 * personal with its reader's signed token), and the Atom feed.
 */
export function archiveRoutes({ archive }: { archive: ArchiveService }): PublicApp {
  const app = publicSubApp();

  app.get(NEWSLETTER_PATHS.archive, async (c) =>
    renderPage(c, <ArchivePage campaigns={await archive.list()} />),
  );

  // Before `/:id`, which would otherwise take `feed.atom` for an id.
  app.get(NEWSLETTER_PATHS.feed, async (c) =>
    c.body(await archive.feed(), 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );

  app.get(`${NEWSLETTER_PATHS.archive}/:id`, async (c) => {
    try {
      const token = c.req.query('token');
      const { html } = await archive.webVersion(c.req.param('id'), token);
      return c.html(html, 200, {
        'Content-Security-Policy': WEB_VERSION_POLICY,
        // A personal version names its reader: no shared cache keeps it, no search engine lists it.
        ...(token === undefined ? {} : { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }),
      });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return renderPage(
        c,
        <MessagePage title="Lettre introuvable" message={error.detail ?? error.title} />,
        404,
      );
    }
  });
  return app;
}
