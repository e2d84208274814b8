import {
  ErrorSummary,
  FieldError,
  InputField,
  NoticeBox,
  SelectField,
  TextAreaField,
  type Notice,
} from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import {
  BLOCK_FIELD_LABELS,
  BLOCK_KINDS,
  BLOCK_LABELS,
  blockFieldKey,
  type Block,
} from '../campaign-blocks.js';
import type { Campaign } from '../campaign.js';
import { EVENT_AUDIENCES } from '../campaign.js';
import { CAMPAIGN_PLACEHOLDERS } from '../campaign-rules.js';
import { campaignPaths, WHO_LABELS } from './campaign-labels.js';
import type { ComposerChoices } from './composer-choices.js';
import type { ComposerValues } from './composer-form.js';
import { PreviewFrames } from './preview-frames.js';

export interface ComposerPageProps {
  /** Absent: a new campaign. */
  campaign?: Campaign;
  values: ComposerValues;
  choices: ComposerChoices;
  errors?: FieldErrors;
  notice?: Notice | undefined;
  /** The saved letter, shown until the script previews what is being typed. */
  preview?: { html: string; text: string };
  /**
   * The field that takes the focus on load, after an action that redrew the form (the block just added,
   * the MJML text); without it, refused input focuses the error summary.
   */
  focus?: string | undefined;
}

const LABELS: Record<string, string> = {
  subject: 'Objet',
  preheader: 'Texte d’aperçu',
  fromName: 'Nom de l’expéditeur',
  audience: 'Destinataires',
  topics: 'Thèmes',
  eventId: 'Événement',
  eventWho: 'Personnes de l’événement',
  blocks: 'Blocs',
  mjml: 'Corps de la lettre (MJML)',
};

/** Labels of the error summary, with one entry per field of each block. */
function summaryLabels(blocks: readonly Block[]): Record<string, string> {
  const labels = { ...LABELS };
  blocks.forEach((block, index) => {
    for (const [field, label] of Object.entries(BLOCK_FIELD_LABELS))
      labels[blockFieldKey(index, field)] = `Bloc ${index + 1} (${BLOCK_LABELS[block.kind]}) — ${label}`;
  });
  return labels;
}

const PLACEHOLDER_HINT = `Personnalisation possible : ${CAMPAIGN_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')}.`;

/** Write or edit a draft from ready blocks; works without JavaScript, which only adds the live preview. */
export function ComposerPage({
  campaign,
  values,
  choices,
  errors = {},
  notice,
  preview,
  focus,
}: ComposerPageProps) {
  const title = campaign ? `Modifier « ${campaign.subject} »` : 'Nouvelle campagne';
  const field = { errors };
  const focused = (name: string) => name === focus;
  return (
    <StaffLayout title={title} section={campaignPaths.list}>
      <p>
        <a href={campaign ? campaignPaths.campaign(campaign.id) : campaignPaths.list}>
          ← {campaign ? 'La campagne' : 'Les campagnes'}
        </a>
      </p>
      <h1>{title}</h1>
      <NoticeBox notice={notice} />
      {/* On a wide screen, the form and its live preview side by side. */}
      <div class="composer">
        <form
          id="composeur"
          method="post"
          action={campaign ? campaignPaths.edit(campaign.id) : campaignPaths.create}
          novalidate
        >
          <ErrorSummary errors={errors} labels={summaryLabels(values.blocks)} autofocus={!focus} />
          <p class="hint">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
          <fieldset>
            <legend>En-tête de la lettre</legend>
            <InputField name="subject" label="Objet" required value={values.subject} {...field} />
            <InputField
              name="preheader"
              label="Texte d’aperçu"
              value={values.preheader}
              hint="Affiché après l’objet dans la plupart des messageries."
              {...field}
            />
            <InputField
              name="fromName"
              label="Nom de l’expéditeur"
              value={values.fromName}
              hint="Vide : le nom habituel du hub."
              {...field}
            />
          </fieldset>
          <AudienceFields values={values} choices={choices} errors={errors} />
          <input type="hidden" name="mode" value={values.mode} />
          {values.mode === 'blocks' ? (
            <BlockFields blocks={values.blocks} choices={choices} errors={errors} focused={focused} />
          ) : (
            <TextAreaField
              name="mjml"
              label="Corps de la lettre (MJML)"
              required
              rows={16}
              value={values.mjml}
              autofocus={focused('mjml')}
              hint={`Sections MJML (mj-text, mj-image, mj-button…), placées dans la mise en page commune. ${PLACEHOLDER_HINT}`}
              {...field}
            />
          )}
          <div class="actions">
            <button type="submit" name="action" value="save">
              Enregistrer le brouillon
            </button>
            <a href={campaign ? campaignPaths.campaign(campaign.id) : campaignPaths.list}>Abandonner</a>
          </div>
          {values.mode === 'blocks' ? (
            <fieldset>
              <legend>Ajouter un bloc</legend>
              <SelectField
                name="newBlock"
                label="Type de bloc"
                marked={false}
                value="text"
                options={BLOCK_KINDS.map((kind) => ({ value: kind, label: BLOCK_LABELS[kind] }))}
              />
              <div class="actions">
                <button type="submit" name="action" value="add" class="secondary">
                  Ajouter le bloc
                </button>
                <button type="submit" name="action" value="to-mjml" class="secondary">
                  Écrire le MJML à la main
                </button>
              </div>
            </fieldset>
          ) : (
            <div class="actions">
              <button type="submit" name="action" value="to-blocks" class="secondary">
                Revenir aux blocs
              </button>
            </div>
          )}
        </form>
        <section aria-labelledby="apercu-titre" id="apercu-direct" data-source={campaignPaths.livePreview}>
          <h2 id="apercu-titre">Aperçu</h2>
          <p class="hint" id="apercu-etat" role="status">
            {preview
              ? 'Aperçu de la dernière version enregistrée.'
              : 'L’aperçu apparaît ici une fois la lettre enregistrée.'}
          </p>
          <div id="apercu-cadres" hidden={!preview}>
            <PreviewFrames html={preview?.html ?? ''} text={preview?.text ?? ''} />
          </div>
        </section>
      </div>
      <script src={campaignPaths.composerScript} defer />
    </StaffLayout>
  );
}

function AudienceFields({
  values,
  choices,
  errors,
}: {
  values: ComposerValues;
  choices: ComposerChoices;
  errors: FieldErrors;
}) {
  const audienceInvalid = Boolean(errors.audience?.length);
  const topicsInvalid = Boolean(errors.topics?.length);
  return (
    <fieldset id="audience" aria-describedby={audienceInvalid ? 'audience-erreur' : undefined}>
      <legend>Destinataires *</legend>
      <p class="hint">
        Les personnes désabonnées et les adresses bloquées (rebonds, plaintes) sont toujours exclues.
      </p>
      <FieldError id="audience-erreur" messages={errors.audience} />
      <div class="field checkbox">
        <input
          type="radio"
          id="audienceKind-topics"
          name="audienceKind"
          value="topics"
          checked={values.audienceKind === 'topics'}
        />{' '}
        <label for="audienceKind-topics">Les abonnés d’un ou plusieurs thèmes</label>
      </div>
      <fieldset id="topics" aria-describedby={topicsInvalid ? 'topics-erreur' : undefined}>
        <legend>Thèmes</legend>
        <FieldError id="topics-erreur" messages={errors.topics} />
        {choices.topics.map((topic) => (
          <div class="field checkbox">
            <input
              type="checkbox"
              id={`topics-${topic.slug}`}
              name="topics"
              value={topic.slug}
              checked={values.topics.includes(topic.slug)}
            />{' '}
            <label for={`topics-${topic.slug}`}>{topic.name}</label>
          </div>
        ))}
      </fieldset>
      <div class="field checkbox">
        <input
          type="checkbox"
          id="archive"
          name="archive"
          value="on"
          checked={values.archive}
          aria-describedby="archive-aide"
        />{' '}
        <label for="archive">Publier dans les archives</label>{' '}
        <span class="hint" id="archive-aide">
          (jamais une lettre aux personnes d’un événement : chacun a son lien personnel)
        </span>
      </div>
      <div class="field checkbox">
        <input
          type="radio"
          id="audienceKind-event"
          name="audienceKind"
          value="event"
          checked={values.audienceKind === 'event'}
        />{' '}
        <label for="audienceKind-event">
          Les personnes d’un événement (informations sur l’événement, suites)
        </label>
      </div>
      <SelectField
        name="eventId"
        label="Événement"
        marked={false}
        value={values.eventId}
        errors={errors}
        options={[
          { value: '', label: 'Choisissez un événement' },
          ...choices.audienceEvents.map((e) => ({ value: e.id, label: e.label })),
        ]}
      />
      <SelectField
        name="eventWho"
        label="Personnes de l’événement"
        marked={false}
        value={values.eventWho}
        errors={errors}
        options={EVENT_AUDIENCES.map((who) => ({ value: who, label: WHO_LABELS[who] }))}
      />
    </fieldset>
  );
}

function BlockFields({
  blocks,
  choices,
  errors,
  focused,
}: {
  blocks: readonly Block[];
  choices: ComposerChoices;
  errors: FieldErrors;
  focused: (name: string) => boolean;
}) {
  const blocksInvalid = Boolean(errors.blocks?.length);
  return (
    <fieldset id="blocks" aria-describedby={blocksInvalid ? 'blocks-erreur' : undefined}>
      <legend>Corps de la lettre</legend>
      <p class="hint">La lettre se compose de blocs, dans l’ordre ci-dessous. {PLACEHOLDER_HINT}</p>
      <FieldError id="blocks-erreur" messages={errors.blocks} />
      {blocks.map((block, index) => (
        <BlockField
          block={block}
          index={index}
          count={blocks.length}
          choices={choices}
          errors={errors}
          focused={focused}
        />
      ))}
    </fieldset>
  );
}

function BlockField({
  block,
  index,
  count,
  choices,
  errors,
  focused,
}: {
  block: Block;
  index: number;
  count: number;
  choices: ComposerChoices;
  errors: FieldErrors;
  focused: (name: string) => boolean;
}) {
  const key = (name: string) => blockFieldKey(index, name);
  const field = (name: string) => ({
    name: key(name),
    errors,
    required: true,
    autofocus: focused(key(name)),
  });
  return (
    <fieldset class="bloc">
      <legend>
        Bloc {index + 1} : {BLOCK_LABELS[block.kind]}
      </legend>
      <input type="hidden" name={key('kind')} value={block.kind} />
      {block.kind === 'title' ? (
        <InputField {...field('text')} label="Texte du titre" value={block.text} />
      ) : null}
      {block.kind === 'text' ? (
        <TextAreaField
          {...field('text')}
          label="Texte"
          rows={6}
          value={block.text}
          hint="Une ligne vide sépare deux paragraphes."
        />
      ) : null}
      {block.kind === 'image' ? (
        <>
          <InputField
            {...field('src')}
            label="Adresse de l’image"
            type="url"
            value={block.src}
            hint="Adresse https://… d’une image en ligne, 600 px de large au plus."
          />
          <InputField
            {...field('alt')}
            label="Texte alternatif"
            value={block.alt}
            hint="Ce que l’image montre, pour qui ne la voit pas."
          />
        </>
      ) : null}
      {block.kind === 'button' ? (
        <>
          <InputField {...field('label')} label="Libellé du bouton" value={block.label} />
          <InputField
            {...field('href')}
            label="Adresse du lien"
            type="url"
            value={block.href}
            hint="Adresse https://…"
          />
        </>
      ) : null}
      {block.kind === 'event' ? (
        <SelectField
          {...field('eventId')}
          label="Événement publié"
          value={block.eventId}
          hint="La carte montre le titre, la date (heure de Paris), le lieu et le lien vers sa page."
          options={[
            { value: '', label: 'Choisissez un événement' },
            ...[...choices.cards].map(([id, card]) => ({
              value: id,
              label: `${card.title} (${card.dates})`,
            })),
          ]}
        />
      ) : null}
      {count > 1 ? (
        <SelectField
          name={key('position')}
          label="Position du bloc"
          marked={false}
          value={String(index + 1)}
          hint="Changez-la pour déplacer le bloc (appliqué à l’envoi du formulaire)."
          options={Array.from({ length: count }, (_, position) => ({
            value: String(position + 1),
            label: String(position + 1),
          }))}
        />
      ) : null}
      <div class="field checkbox">
        <input type="checkbox" id={key('remove')} name={key('remove')} value="on" />{' '}
        <label for={key('remove')}>Retirer ce bloc (à l’envoi du formulaire)</label>
      </div>
    </fieldset>
  );
}
