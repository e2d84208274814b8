import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import { fieldErrorsFrom } from '../../http/validation.js';
import { fromParisLocalInput } from '../../admin/paris-time.js';
import { StaffMessagePage, refusal } from '../../admin/page-errors.js';
import type { Notice } from '../../pages/form-fields.js';
import { renderPage } from '../../pages/render.js';
import { ValidationError, type FieldErrors } from '../../shared/errors.js';
import type { Campaign } from '../campaign.js';
import { testBodySchema } from '../schemas.js';
import { CampaignListPage } from './list-page.js';
import { CampaignPage } from './campaign-page.js';
import { CancelCampaignPage } from './cancel-page.js';
import { campaignPaths } from './campaign-labels.js';
import { composerChoices, type ComposerChoicesDeps } from './composer-choices.js';
import {
  applyComposerAction,
  composerAction,
  composerFieldErrors,
  composerValuesFromForm,
  composerValuesOf,
  composerFocus,
  contentFromComposer,
  newComposerValues,
  type ComposerValues,
} from './composer-form.js';
import { ComposerPage } from './composer-page.js';
import { COMPOSER_SCRIPT, PROGRESS_SCRIPT } from './console-scripts.js';
import { audienceText } from './format.js';
import { livePreview } from './live-preview.js';
import { PreviewPage } from './preview-page.js';
import { consolePolicy } from './preview-policy.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import type { Clock } from '../../shared/clock.js';
import type { EventAdminService } from '../../events/event-admin-service.js';
import type { CampaignService } from '../campaign-service.js';

const NOTICES: Record<string, string> = {
  enregistree: 'Le brouillon est enregistré. Vérifiez l’aperçu, faites un test, puis envoyez.',
  test: 'L’envoi de test est parti : vérifiez la messagerie.',
  envoi: 'L’envoi a commencé : les chiffres se mettent à jour ci-dessous.',
  programmee: 'L’envoi est programmé.',
  annulee: 'La campagne est annulée.',
  reprise: 'L’envoi reprend : personne ne recevra la lettre deux fois.',
  copie: 'Copie créée : c’est un nouveau brouillon, modifiable.',
};

const noticeOf = (c: Context<HubEnv>): Notice | undefined => {
  const text = NOTICES[c.req.query('fait') ?? ''];
  return text ? { kind: 'success', text } : undefined;
};

type Form = Record<string, string | File | (string | File)[]>;
const field = (form: Form, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');

export interface CampaignPagesDeps extends ComposerChoicesDeps {
  campaigns: CampaignService;
  events: EventAdminService;
  clock: Clock;
}

/**
 * The staff campaign console: list, composer with blocks and live preview, preview with test send,
 * send and schedule, results followed live, cancel (confirmed), resume and duplicate. Every page is
 * under /admin/campagnes (the path the staff function, which holds mjml, serves); the auth guards
 * (staff session, same-origin forms) already cover /admin/*.
 */
export function campaignPages(deps: CampaignPagesDeps): HubApp {
  const app = staffSubApp();
  const script = (body: string) => (c: Context<HubEnv>) =>
    c.body(body, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  app.use(campaignPaths.list, consolePolicy);
  app.use(`${campaignPaths.list}/*`, consolePolicy);
  app.get(campaignPaths.composerScript, script(COMPOSER_SCRIPT));
  app.get(campaignPaths.progressScript, script(PROGRESS_SCRIPT));

  app.get(campaignPaths.list, async (c) =>
    renderPage(c, <CampaignListPage campaigns={await deps.campaigns.list()} notice={noticeOf(c)} />),
  );

  app.get(campaignPaths.create, async (c) =>
    renderPage(c, <ComposerPage values={newComposerValues()} choices={await composerChoices(deps)} />),
  );
  app.post(campaignPaths.create, (c) => compose(c, deps, undefined));

  app.post(campaignPaths.livePreview, async (c) => {
    const values = composerValuesFromForm(await c.req.parseBody({ all: true }));
    try {
      return c.json(await livePreview(values, await composerChoices(deps)), 200);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      throw new ValidationError(composerFieldErrors(error.fields ?? {}, values.mode));
    }
  });

  app.get('/admin/campagnes/:id', (c) =>
    withCampaign(c, deps, async (campaign) =>
      renderPage(
        c,
        <CampaignPage
          campaign={campaign}
          audience={await describeAudience(deps, campaign)}
          notice={noticeOf(c)}
        />,
      ),
    ),
  );

  app.get('/admin/campagnes/:id/modifier', (c) =>
    withCampaign(c, deps, async (campaign) => {
      if (campaign.status !== 'draft') return c.redirect(campaignPaths.campaign(campaign.id), 303);
      const page = (
        <ComposerPage
          campaign={campaign}
          values={composerValuesOf(campaign)}
          choices={await composerChoices(deps)}
          preview={await deps.campaigns.preview(campaign.id)}
          notice={noticeOf(c)}
        />
      );
      return renderPage(c, page);
    }),
  );
  app.post('/admin/campagnes/:id/modifier', (c) =>
    withCampaign(c, deps, (campaign) => compose(c, deps, campaign)),
  );

  app.get('/admin/campagnes/:id/apercu', (c) =>
    withCampaign(c, deps, async (campaign) =>
      renderPage(
        c,
        // The test goes to the signed-in staff member unless they type other staff addresses.
        await previewPage(deps, campaign, {
          notice: noticeOf(c),
          values: { to: c.get('user')?.email ?? '' },
        }),
      ),
    ),
  );

  app.post('/admin/campagnes/:id/test', (c) =>
    withCampaign(c, deps, async (campaign) => {
      const typed = field(await c.req.parseBody(), 'to');
      const parsed = testBodySchema.safeParse({
        to: typed
          .split(/[\s,;]+/)
          .map((address) => address.trim())
          .filter(Boolean),
      });
      const refuse = async (errors: FieldErrors) =>
        renderPage(c, await previewPage(deps, campaign, { values: { to: typed }, errors }), 400);
      if (!parsed.success)
        return refuse({ to: [...new Set(Object.values(fieldErrorsFrom(parsed.error)).flat())] });
      try {
        await deps.campaigns.testSend(campaign.id, parsed.data.to);
      } catch (error) {
        if (error instanceof ValidationError && error.fields)
          return refuse({ to: Object.values(error.fields).flat() });
        const { notice, status } = refusal(error);
        return renderPage(c, await previewPage(deps, campaign, { values: { to: typed }, notice }), status);
      }
      return c.redirect(`${campaignPaths.preview(campaign.id)}?fait=test`, 303);
    }),
  );

  app.post('/admin/campagnes/:id/envoyer', (c) =>
    withCampaign(c, deps, async (campaign) => {
      const form = await c.req.parseBody();
      const later = field(form, 'when') === 'later';
      const at = field(form, 'at').trim();
      const refuse = async (errors: FieldErrors) =>
        renderPage(c, await previewPage(deps, campaign, { values: { at }, errors }), 400);
      let when: string | undefined;
      if (later) {
        const read = at
          ? fromParisLocalInput(at)
          : { ok: false as const, message: 'Indiquez la date et l’heure de l’envoi.' };
        if (!read.ok) return refuse({ at: [read.message] });
        if (new Date(read.iso).getTime() <= deps.clock.now().getTime())
          return refuse({ at: ['Choisissez une date à venir.'] });
        when = read.iso;
      } else if (field(form, 'confirm') !== 'on') {
        return refuse({ confirm: ['Cochez la case pour confirmer l’envoi à tous les destinataires.'] });
      }
      try {
        await deps.campaigns.send(campaign.id, when);
      } catch (error) {
        const { notice, status } = refusal(error);
        return renderPage(c, await previewPage(deps, campaign, { values: { at }, notice }), status);
      }
      return c.redirect(`${campaignPaths.campaign(campaign.id)}?fait=${later ? 'programmee' : 'envoi'}`, 303);
    }),
  );

  app.get('/admin/campagnes/:id/annuler', (c) =>
    withCampaign(c, deps, (campaign) => renderPage(c, <CancelCampaignPage campaign={campaign} />)),
  );
  app.post('/admin/campagnes/:id/annuler', (c) =>
    withCampaign(c, deps, async (campaign) => {
      try {
        await deps.campaigns.cancel(campaign.id);
      } catch (error) {
        const { notice, status } = refusal(error);
        return renderPage(c, <CancelCampaignPage campaign={campaign} notice={notice} />, status);
      }
      return c.redirect(`${campaignPaths.campaign(campaign.id)}?fait=annulee`, 303);
    }),
  );

  app.post('/admin/campagnes/:id/reprendre', (c) =>
    withCampaign(c, deps, async (campaign) => {
      try {
        await deps.campaigns.resume(campaign.id);
      } catch (error) {
        const { notice, status } = refusal(error);
        const page = (
          <CampaignPage
            campaign={campaign}
            audience={await describeAudience(deps, campaign)}
            notice={notice}
          />
        );
        return renderPage(c, page, status);
      }
      return c.redirect(`${campaignPaths.campaign(campaign.id)}?fait=reprise`, 303);
    }),
  );

  app.post('/admin/campagnes/:id/dupliquer', (c) =>
    withCampaign(c, deps, async (campaign) => {
      const copy = await deps.campaigns.duplicate(campaign.id, c.get('user')?.email ?? 'equipe');
      return c.redirect(`${campaignPaths.edit(copy.id)}?fait=copie`, 303);
    }),
  );
  return app;
}

/** Adds a block, switches to MJML and back, or saves through the service the API uses. */
async function compose(
  c: Context<HubEnv>,
  deps: CampaignPagesDeps,
  campaign: Campaign | undefined,
): Promise<Response> {
  const form = await c.req.parseBody({ all: true });
  const choices = await composerChoices(deps);
  const action = composerAction(form);
  const render = (
    values: ComposerValues,
    errors: FieldErrors,
    status: 200 | 400 | 404 | 409 | 410,
    notice?: Notice,
    focus?: string,
  ) =>
    renderPage(
      c,
      <ComposerPage
        campaign={campaign}
        values={values}
        choices={choices}
        errors={errors}
        notice={notice}
        focus={focus}
      />,
      status,
    );

  const typed = composerValuesFromForm(form);
  if (action.action !== 'save') {
    const { values, errors } = applyComposerAction(typed, action, choices.cards);
    if (Object.keys(errors).length) return render(values, errors, 400);
    return render(values, errors, 200, undefined, composerFocus(values, action.action));
  }
  const parsed = contentFromComposer(typed, choices.cards);
  if (!parsed.ok) return render(typed, parsed.errors, 400);
  let saved: Campaign;
  try {
    saved = campaign
      ? await deps.campaigns.update(campaign.id, parsed.content)
      : await deps.campaigns.create(parsed.content, c.get('user')?.email ?? 'equipe');
  } catch (error) {
    if (error instanceof ValidationError && error.fields && Object.keys(error.fields).length)
      return render(typed, composerFieldErrors(error.fields, typed.mode), 400);
    const { notice, status } = refusal(error);
    return render(typed, {}, status, notice);
  }
  return c.redirect(`${campaignPaths.preview(saved.id)}?fait=enregistree`, 303);
}

async function previewPage(
  deps: CampaignPagesDeps,
  campaign: Campaign,
  extra: { values?: { to?: string; at?: string }; errors?: FieldErrors; notice?: Notice | undefined },
) {
  return (
    <PreviewPage
      campaign={campaign}
      preview={await deps.campaigns.preview(campaign.id)}
      audience={await describeAudience(deps, campaign)}
      {...extra}
    />
  );
}

async function describeAudience(deps: CampaignPagesDeps, campaign: Campaign): Promise<string> {
  const topics = await deps.newsletter.listTopics();
  const event = campaign.audience.event
    ? await deps.events.get(campaign.audience.event.id).catch(() => undefined)
    : undefined;
  return audienceText(
    campaign.audience,
    new Map(topics.map((topic) => [topic.slug, topic.name])),
    new Map(event ? [[event.id, event.title]] : []),
  );
}

/** Loads the campaign of the path, or answers with a staff page saying it does not exist. */
async function withCampaign(
  c: Context<HubEnv>,
  deps: CampaignPagesDeps,
  handle: (campaign: Campaign) => Response | Promise<Response>,
): Promise<Response> {
  let campaign;
  try {
    campaign = await deps.campaigns.get(c.req.param('id') ?? '');
  } catch (error) {
    const { notice, status } = refusal(error);
    return renderPage(c, <StaffMessagePage title="Campagne introuvable" notice={notice} />, status);
  }
  return handle(campaign);
}
