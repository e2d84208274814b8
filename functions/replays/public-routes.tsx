import type { Context } from 'hono';
import type { HubEnv, PublicApp } from '../http/env.js';
import { publicSubApp } from '../http/sub-app.js';
import { renderPage } from '../pages/render.js';
import { NotFoundError } from '../shared/errors.js';
import type { ReplayCredentials, ReplayService } from './replay-service.js';
import { ReplayPage } from './pages/replay-page.js';
import { Layout } from '../pages/layout.js';

export interface PublicReplayDeps {
  replays: Pick<ReplayService, 'openPage' | 'videoUrl' | 'captionsUrl' | 'slidesUrl'>;
  /**
   * The address of the staff member whose session the request carries, where the process reads sessions (the full
   * app); the public function reads none, and staff reach it with a preview link.
   */
  staffEmailOf?: ((c: Context<HubEnv>) => Promise<string | undefined>) | undefined;
}

const PRIVATE = { 'cache-control': 'private, no-store' };

/**
 * The replay page and its files: for a registrant's signed link (`?token=`) or a staff session, 404 for anyone
 * else. The video and slides are 302s to fresh presigned URLs; the captions are served from here as `text/vtt`, so
 * that the player's track needs no cross-origin request.
 */
export function publicReplayRoutes(deps: PublicReplayDeps): PublicApp {
  const app = publicSubApp();
  const credentials = async (c: Context<HubEnv>): Promise<ReplayCredentials> => {
    const token = c.req.query('token');
    const staffEmail = await deps.staffEmailOf?.(c);
    return { ...(token ? { token } : {}), ...(staffEmail ? { staffEmail } : {}) };
  };

  app.get('/evenements/:slug/replay', async (c) => {
    try {
      const page = await deps.replays.openPage(c.req.param('slug'), await credentials(c));
      return renderPage(c, <ReplayPage page={page} />, 200, PRIVATE);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return renderPage(c, <ReplayNotFoundPage />, 404, PRIVATE);
    }
  });

  app.get('/evenements/:slug/replay/:replayId/video', async (c) => {
    const url = await deps.replays.videoUrl(
      c.req.param('slug'),
      c.req.param('replayId'),
      await credentials(c),
    );
    c.header('cache-control', 'no-store');
    return c.redirect(url, 302);
  });

  app.get('/evenements/:slug/replay/:replayId/slides/:fileId', async (c) => {
    const url = await deps.replays.slidesUrl(
      c.req.param('slug'),
      c.req.param('replayId'),
      c.req.param('fileId'),
      await credentials(c),
    );
    c.header('cache-control', 'no-store');
    return c.redirect(url, 302);
  });

  app.get('/evenements/:slug/replay/:replayId/captions', async (c) => {
    const url = await deps.replays.captionsUrl(
      c.req.param('slug'),
      c.req.param('replayId'),
      await credentials(c),
    );
    const stored = await fetch(url);
    if (!stored.ok) throw new Error(`captions unreadable: ${stored.status}`);
    return c.body(await stored.arrayBuffer(), 200, {
      'content-type': 'text/vtt; charset=utf-8',
      ...PRIVATE,
    });
  });
  return app;
}

function ReplayNotFoundPage() {
  return (
    <Layout title="Replay introuvable" head={<meta name="robots" content="noindex" />}>
      <h1>Replay introuvable</h1>
      <p>
        Ce replay n’existe pas, ou ce lien ne l’ouvre pas. Utilisez le lien personnel reçu par e-mail, sans le
        modifier.
      </p>
      <p>
        <a href="/evenements/passes">Voir les événements passés</a>
      </p>
    </Layout>
  );
}
