import { renderPage } from '../../pages/render.js';
import { sameOriginForms } from '../../auth/auth-middleware.js';
import { viewerOf, type ViewerDeps } from '../viewer.js';
import { InvalidOptOutPage, KitListPage, KitNotFoundPage, KitPage, OptOutPage } from './portal-pages.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import type { KitService } from '../kit-service.js';
import type { ShareLinkService } from '../share-link-service.js';
import { staffAuthor } from '../../auth/staff-author.js';
import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import { HubError, ValidationError } from '../../shared/errors.js';
import { parseOrThrow } from '../../http/validation.js';
import { CreateKitBodySchema } from '../schemas.js';
import { downloadStats } from '../kit-views.js';
import { ConfirmRemovalPage } from './confirm-removal-page.js';
import { KitAdminPage, KitsAdminPage } from './staff-pages.js';
import { UPLOAD_SCRIPT } from './upload-script.js';
import type { PartnerService } from '../../partners/partner-service.js';

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
      return renderPage(c, <KitNotFoundPage />, 404);
    }
  });
  return app;
}

const NOTICES: Record<string, string> = {
  cree: 'Kit créé. Préparez sa première version, ajoutez les fichiers, puis publiez.',
  version: 'Nouvelle version en préparation : elle reprend les fichiers de la version courante.',
  publiee:
    'Version publiée : le ZIP est prêt et les partenaires qui avaient téléchargé l’ancienne sont prévenus.',
  retire: 'Fichier retiré de la version en préparation.',
  revoque: 'Lien de partage révoqué : il n’ouvre plus ce kit.',
};

export interface StaffKitPagesDeps {
  kits: KitService;
  shareLinks: ShareLinkService;
  partners: Pick<PartnerService, 'listOrganisations'>;
}

/** Staff kit manager. Every form works without JavaScript except the upload, which the script enhances. */
export function staffKitPages(deps: StaffKitPagesDeps): HubApp {
  const app = staffSubApp();
  app.get('/admin/kits/televersement.js', (c) =>
    c.body(UPLOAD_SCRIPT, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    }),
  );

  app.get('/admin/kits', async (c) =>
    renderPage(
      c,
      <KitsAdminPage
        kits={await deps.kits.listKits()}
        organisations={await deps.partners.listOrganisations()}
      />,
    ),
  );

  app.post('/admin/kits', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const chosen = ([] as unknown[])
      .concat(form.organisations ?? [])
      .filter((id): id is string => typeof id === 'string');
    const audience = text('audience') === 'organisations' ? { organisations: chosen } : text('audience');
    try {
      const input = parseOrThrow(CreateKitBodySchema, {
        title: text('title'),
        description: text('description'),
        audience,
      });
      const kit = await deps.kits.createKit(input);
      return c.redirect(`/admin/kits/${kit.id}?fait=cree`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return renderPage(
        c,
        <KitsAdminPage
          kits={await deps.kits.listKits()}
          organisations={await deps.partners.listOrganisations()}
          errors={error.fields ?? {}}
          values={{
            title: text('title'),
            description: text('description'),
            audience: text('audience'),
            organisations: chosen,
          }}
        />,
        400,
      );
    }
  });

  app.get('/admin/kits/:id', async (c) => managerPage(c, { notice: NOTICES[c.req.query('fait') ?? ''] }));

  app.post('/admin/kits/:id/versions', async (c) => {
    const form = await c.req.parseBody();
    const notes =
      typeof form.notes === 'string' && form.notes.trim() ? form.notes.trim().slice(0, 2000) : undefined;
    return act(c, () => deps.kits.createVersion(c.req.param('id'), notes), 'version');
  });

  app.post('/admin/kits/:id/versions/:version/publier', (c) =>
    act(c, () => deps.kits.publish(c.req.param('id'), Number(c.req.param('version'))), 'publiee'),
  );

  app.get('/admin/kits/:id/versions/:version/assets/:assetId/retirer', async (c) => {
    const kit = await deps.kits.getKit(c.req.param('id'));
    const number = Number(c.req.param('version'));
    const entry = (await deps.kits.versionsWithAssets(kit.id)).find(
      ({ version }) => version.version === number,
    );
    const asset = entry?.assets.find(({ id }) => id === c.req.param('assetId'));
    if (!entry || entry.version.status !== 'draft' || !asset)
      return managerPage(c, { error: 'Ce fichier ne fait plus partie d’une version en préparation.' }, 404);
    return renderPage(c, <ConfirmRemovalPage kit={kit} version={number} asset={asset} />);
  });

  app.post('/admin/kits/:id/versions/:version/assets/:assetId/retirer', (c) =>
    act(
      c,
      () => deps.kits.removeAsset(c.req.param('id'), Number(c.req.param('version')), c.req.param('assetId')),
      'retire',
    ),
  );

  app.post('/admin/kits/:id/partage', async (c) => {
    const form = await c.req.parseBody();
    const days = Math.min(30, Math.max(1, Math.trunc(Number(form.days)) || 7));
    const shareLink = await deps.shareLinks.create(c.req.param('id'), days);
    return managerPage(c, { shareLink });
  });

  app.post('/admin/kits/:id/partage/:linkId/revoquer', (c) =>
    act(c, () => deps.shareLinks.revoke(c.req.param('id'), c.req.param('linkId'), staffAuthor(c)), 'revoque'),
  );

  /** Runs a staff action; a refusal (409, 404…) shows on the page rather than as a bare error. */
  async function act(c: Context<HubEnv>, action: () => Promise<unknown>, done: string) {
    try {
      await action();
    } catch (error) {
      if (!(error instanceof HubError) || error.status >= 500) throw error;
      return managerPage(c, { error: error.detail ?? error.title }, error.status === 404 ? 404 : 409);
    }
    return c.redirect(`/admin/kits/${c.req.param('id')}?fait=${done}`, 303);
  }

  async function managerPage(
    c: Context<HubEnv>,
    extra: { notice?: string | undefined; error?: string; shareLink?: { url: string; expiresAt: string } },
    status: 200 | 404 | 409 = 200,
  ) {
    const id = c.req.param('id')!;
    const kit = await deps.kits.getKit(id);
    const organisations = await deps.partners.listOrganisations();
    const [versions, downloads, shareLinks, revocations] = await Promise.all([
      deps.kits.versionsWithAssets(id),
      deps.kits.downloads(id),
      deps.shareLinks.openLinks(id),
      deps.shareLinks.revocations(id),
    ]);
    return renderPage(
      c,
      <KitAdminPage
        kit={kit}
        organisations={organisations}
        versions={versions}
        stats={downloadStats(downloads, organisations)}
        shareLinks={shareLinks}
        revocations={revocations}
        {...(extra.notice ? { notice: extra.notice } : {})}
        {...(extra.error ? { error: extra.error } : {})}
        {...(extra.shareLink ? { shareLink: extra.shareLink } : {})}
      />,
      status,
    );
  }
  return app;
}
