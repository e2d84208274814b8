import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import { renderPage } from '../../pages/render.js';
import { HubError } from '../../shared/errors.js';
import { UPLOAD_SCRIPT } from '../../kits/pages/upload-script.js';
import type { ReplayAdminService } from '../replay-admin-service.js';
import type { ReplayService } from '../replay-service.js';
import { ReplayManagerPage } from './manager-page.js';
import { parseOrThrow } from '../../http/validation.js';
import { CreateReplayBodySchema } from '../schemas.js';

export interface ReplayPagesDeps {
  replays: ReplayAdminService;
  previews: Pick<ReplayService, 'previewToken'>;
}

const NOTICES: Record<string, string> = {
  cree: 'Replay ajouté : envoyez maintenant sa vidéo, ses sous-titres et ses diapositives.',
  publie: 'Replays publiés : les liens partent vers les personnes inscrites qui ne les ont pas encore reçus.',
};

/** The replay manager of an event, a page of the staff console. */
export function replayPages(deps: ReplayPagesDeps): HubApp {
  const app = staffSubApp();

  app.get('/admin/replays/televersement.js', (c) =>
    c.body(UPLOAD_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );

  const manager = async (
    c: Context<HubEnv>,
    messages: { notice?: string; error?: string },
    status: 200 | 400 | 409 = 200,
  ) => {
    const id = c.req.param('id')!;
    const [{ event, replays }, { views }] = await Promise.all([
      deps.replays.listReplays(id),
      deps.replays.views(id),
    ]);
    const previewUrl = `/evenements/${encodeURIComponent(event.slug)}/replay?token=${encodeURIComponent(deps.previews.previewToken(event.id))}`;
    return renderPage(
      c,
      <ReplayManagerPage
        event={event}
        replays={replays}
        views={views}
        previewUrl={previewUrl}
        {...messages}
      />,
      status,
    );
  };

  app.get('/admin/evenements/:id/replays', (c) => manager(c, { notice: NOTICES[c.req.query('fait') ?? ''] }));

  app.post('/admin/evenements/:id/replays', async (c) => {
    const form = await c.req.parseBody();
    const title = typeof form.title === 'string' ? form.title.trim() : '';
    try {
      await deps.replays.createReplay(c.req.param('id'), parseOrThrow(CreateReplayBodySchema, { title }));
    } catch (error) {
      if (!(error instanceof HubError) || error.status >= 500) throw error;
      return manager(c, { error: messageOf(error) }, 400);
    }
    return c.redirect(`/admin/evenements/${c.req.param('id')}/replays?fait=cree`, 303);
  });

  app.post('/admin/evenements/:id/replays/publier', async (c) => {
    try {
      await deps.replays.publish(c.req.param('id'));
    } catch (error) {
      if (!(error instanceof HubError) || error.status >= 500) throw error;
      return manager(c, { error: messageOf(error) }, 409);
    }
    return c.redirect(`/admin/evenements/${c.req.param('id')}/replays?fait=publie`, 303);
  });
  return app;
}

function messageOf(error: HubError): string {
  const fields = Object.values(error.fields ?? {}).flat();
  return [error.detail ?? error.title, ...fields].join(' ');
}
