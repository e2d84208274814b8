import type { HubApp } from '../../http/env.js';
import { renderPage } from '../../pages/render.js';
import { sameOriginForms } from '../../auth/auth-middleware.js';
import { HubError } from '../../shared/errors.js';
import { viewerOf, type ViewerDeps } from '../viewer.js';
import { InvalidOptOutPage, KitListPage, KitPage, OptOutPage } from './portal-pages.js';
import { Layout } from '../../pages/layout.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import type { KitService } from '../kit-service.js';

export interface KitPagesDeps extends ViewerDeps {
  kits: KitService;
}

/** Partner portal, public press-kit pages and the update-mail opt-out. */
export function kitPages(deps: KitPagesDeps): HubApp {
  const app = staffSubApp();
  app.get('/kits', async (c) => {
    const viewer = await viewerOf(c, deps);
    const kits = await deps.kits.visibleKits(viewer);
    const withCovers = await Promise.all(
      kits.map(async (kit) => {
        const { assets } = await deps.kits.visibleKit(kit.slug, viewer);
        const cover = assets.find((asset) => asset.previewKey);
        return cover ? { kit, cover } : { kit };
      }),
    );
    c.header('cache-control', 'private, no-store');
    return renderPage(
      c,
      <KitListPage
        kits={withCovers}
        signedIn={viewer.kind !== 'anonymous'}
        staff={viewer.kind === 'staff'}
      />,
    );
  });

  app.get('/kits/desabonnement', (c) => {
    const token = c.req.query('jeton') ?? '';
    return renderPage(c, <OptOutPage token={token} done={false} />);
  });

  // Mail scanners prefetch GETs: only the POST changes anything.
  app.post('/kits/desabonnement', sameOriginForms(deps.config.HUB_BASE_URL), async (c) => {
    const token = c.req.query('jeton') ?? '';
    if (!(await deps.kits.optOut(token))) return renderPage(c, <InvalidOptOutPage />, 400);
    return renderPage(c, <OptOutPage token={token} done />);
  });

  app.get('/kits/:slug', async (c) => {
    const viewer = await viewerOf(c, deps);
    const share = c.req.query('partage');
    try {
      const { kit, version, assets } = await deps.kits.visibleKit(c.req.param('slug'), viewer);
      c.header('cache-control', 'private, no-store');
      return renderPage(
        c,
        <KitPage
          kit={kit}
          version={version}
          assets={assets.filter((asset) => asset.status === 'ready')}
          {...(share && viewer.sharedKitId === kit.id ? { share } : {})}
          staff={viewer.kind === 'staff'}
        />,
      );
    } catch (error) {
      if (!(error instanceof HubError) || error.status !== 404) throw error;
      return renderPage(
        c,
        <Layout title="Kit introuvable">
          <h1>Kit introuvable</h1>
          <p>
            Ce kit n’existe pas ou ne vous est pas ouvert. Membre d’une organisation partenaire ?{' '}
            <a href="/connexion">Connectez-vous</a>.
          </p>
        </Layout>,
        404,
      );
    }
  });
  return app;
}
