import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import { renderPage } from '../../pages/render.js';
import type { Notice } from '../../pages/form-fields.js';
import { StaffMessagePage, refusal } from '../../admin/page-errors.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import type { Speaker } from '../speaker.js';
import type { SpeakerService } from '../speaker-service.js';
import { SpeakerFormPage, SpeakerListPage, speakerPaths } from './speaker-pages.js';
import { PHOTO_SCRIPT } from './photo-script.js';
import {
  createSpeakerFromForm,
  patchSpeakerFromForm,
  speakerFormValues,
  speakerFormValuesOf,
} from './speaker-form.js';

const NOTICES: Record<string, Notice> = {
  cree: { kind: 'success', text: 'L’intervenant est enregistré.' },
  modifie: { kind: 'success', text: 'Les modifications sont enregistrées.' },
  supprime: { kind: 'success', text: 'L’intervenant est supprimé.' },
  photo: { kind: 'success', text: 'La photo est enregistrée.' },
};

/** The speakers' list and form, for staff. */
export function speakerPages({ speakers }: { speakers: SpeakerService }): HubApp {
  const app = staffSubApp();

  app.get(speakerPaths.photoScript, (c) =>
    c.body(PHOTO_SCRIPT, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    }),
  );

  app.get(speakerPaths.list, async (c) =>
    renderPage(
      c,
      <SpeakerListPage speakers={await speakers.list()} notice={NOTICES[c.req.query('fait') ?? '']} />,
    ),
  );

  app.get(speakerPaths.create, (c) => renderPage(c, <SpeakerFormPage values={{}} />));

  app.post(speakerPaths.create, async (c) => {
    const values = speakerFormValues(await c.req.parseBody());
    const parsed = createSpeakerFromForm(values);
    if (!parsed.ok) return renderPage(c, <SpeakerFormPage values={values} errors={parsed.errors} />, 400);
    const speaker = await speakers.create(parsed.body);
    return c.redirect(`${speakerPaths.edit(speaker.id)}?fait=cree`, 303);
  });

  app.get('/admin/intervenants/:id', async (c) =>
    withSpeaker(c, speakers, (speaker) =>
      renderPage(
        c,
        <SpeakerFormPage
          speaker={speaker}
          values={speakerFormValuesOf(speaker)}
          notice={NOTICES[c.req.query('fait') ?? '']}
        />,
      ),
    ),
  );

  app.post('/admin/intervenants/:id', async (c) =>
    withSpeaker(c, speakers, async (speaker) => {
      const values = speakerFormValues(await c.req.parseBody());
      const parsed = patchSpeakerFromForm(values);
      if (!parsed.ok)
        return renderPage(
          c,
          <SpeakerFormPage speaker={speaker} values={values} errors={parsed.errors} />,
          400,
        );
      await speakers.patch(speaker.id, parsed.body);
      return c.redirect(`${speakerPaths.edit(speaker.id)}?fait=modifie`, 303);
    }),
  );

  app.post('/admin/intervenants/:id/supprimer', async (c) =>
    withSpeaker(c, speakers, async (speaker) => {
      await speakers.delete(speaker.id);
      return c.redirect(`${speakerPaths.list}?fait=supprime`, 303);
    }),
  );
  return app;
}

async function withSpeaker(
  c: Context<HubEnv>,
  speakers: SpeakerService,
  handle: (speaker: Speaker) => Response | Promise<Response>,
): Promise<Response> {
  let speaker;
  try {
    speaker = await speakers.get(c.req.param('id') ?? '');
  } catch (error) {
    const { notice, status } = refusal(error);
    return renderPage(c, <StaffMessagePage title="Intervenant introuvable" notice={notice} />, status);
  }
  return handle(speaker);
}
