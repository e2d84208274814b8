import { fieldErrorsFrom } from '../../http/validation.js';
import type { FieldErrors } from '../../shared/errors.js';
import {
  BLOCK_FIELDS,
  BLOCK_KINDS,
  blockErrors,
  blocksFromMjml,
  blocksToMjml,
  blockFieldKey,
  emptyBlock,
  type Block,
  type BlockKind,
  type EventCard,
} from '../campaign-blocks.js';
import type { CampaignContent } from '../campaign.js';
import { EVENT_AUDIENCES } from '../campaign.js';
import { campaignBodySchema } from '../schemas.js';

/** At most this many blocks: the form stays usable and the letter readable. */
export const MAX_BLOCKS = 30;

/** The composer's fields exactly as typed, shown again with the messages after a refused post. */
export interface ComposerValues {
  subject: string;
  preheader: string;
  fromName: string;
  audienceKind: 'topics' | 'event';
  topics: string[];
  /** "Publier dans les archives": a letter to an event is never published, ticked or not. */
  archive: boolean;
  eventId: string;
  eventWho: string;
  /** The body from blocks, or written by hand as MJML. */
  mode: 'blocks' | 'mjml';
  blocks: Block[];
  mjml: string;
}

export type ComposerAction = 'save' | 'add' | 'to-mjml' | 'to-blocks';

type FormBody = Record<string, string | File | (string | File)[]>;

const text = (form: FormBody, name: string): string => {
  const value = form[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
};

const texts = (form: FormBody, name: string): string[] =>
  ([] as unknown[]).concat(form[name] ?? []).filter((value): value is string => typeof value === 'string');

export function newComposerValues(): ComposerValues {
  return {
    subject: '',
    preheader: '',
    fromName: '',
    audienceKind: 'topics',
    topics: [],
    archive: true,
    eventId: '',
    eventWho: 'registrants',
    mode: 'blocks',
    blocks: [emptyBlock('title'), emptyBlock('text'), emptyBlock('button')],
    mjml: '',
  };
}

/** A stored campaign in the composer: its blocks when it was made of blocks, else its MJML. */
export function composerValuesOf(content: CampaignContent): ComposerValues {
  const blocks = blocksFromMjml(content.mjml);
  return {
    subject: content.subject,
    preheader: content.preheader ?? '',
    fromName: content.fromName ?? '',
    audienceKind: content.audience.event ? 'event' : 'topics',
    topics: content.audience.topics ?? [],
    archive: content.archive !== false,
    eventId: content.audience.event?.id ?? '',
    eventWho: content.audience.event?.who ?? 'registrants',
    mode: blocks ? 'blocks' : 'mjml',
    blocks: blocks ?? [],
    mjml: content.mjml,
  };
}

/** The posted composer (`blocks.0.kind`, `blocks.0.text`…), blocks ticked for removal left out. */
export function composerValuesFromForm(form: FormBody): ComposerValues {
  const placed: { block: Block; order: number }[] = [];
  for (let index = 0; index < MAX_BLOCKS; index++) {
    const kind = text(form, `blocks.${index}.kind`) as BlockKind;
    if (!(BLOCK_KINDS as readonly string[]).includes(kind)) break;
    if (text(form, `blocks.${index}.remove`) === 'on') continue;
    const block: Record<string, string> = { kind };
    for (const field of BLOCK_FIELDS[kind]) block[field] = text(form, `blocks.${index}.${field}`);
    placed.push({
      block: block as unknown as Block,
      order: order(index, text(form, `blocks.${index}.position`)),
    });
  }
  const blocks = placed.sort((a, b) => a.order - b.order).map(({ block }) => block);
  return {
    subject: text(form, 'subject'),
    preheader: text(form, 'preheader'),
    fromName: text(form, 'fromName'),
    audienceKind: text(form, 'audienceKind') === 'event' ? 'event' : 'topics',
    topics: texts(form, 'topics'),
    // An unticked box sends nothing.
    archive: text(form, 'archive') === 'on',
    eventId: text(form, 'eventId'),
    eventWho: text(form, 'eventWho') || 'registrants',
    mode: text(form, 'mode') === 'mjml' ? 'mjml' : 'blocks',
    blocks,
    mjml: text(form, 'mjml'),
  };
}

/**
 * Where a block goes when its position is changed (1-based): just before the block it displaces when
 * moved up, just after it when moved down.
 */
function order(index: number, position: string): number {
  const wanted = Number(position) - 1;
  if (!Number.isInteger(wanted) || wanted < 0 || wanted === index) return index;
  return wanted < index ? wanted - 0.5 : wanted + 0.5;
}

export function composerAction(form: FormBody): { action: ComposerAction; kind?: BlockKind } {
  const action = text(form, 'action');
  if (action === 'add') {
    const kind = text(form, 'newBlock') as BlockKind;
    return { action, kind: (BLOCK_KINDS as readonly string[]).includes(kind) ? kind : 'text' };
  }
  if (action === 'to-mjml' || action === 'to-blocks') return { action };
  return { action: 'save' };
}

/**
 * What the non-saving buttons do: add a block, or switch between blocks and MJML written by hand
 * (back to blocks only when the MJML still reads as blocks). `undefined` when the switch is refused.
 */
export function applyComposerAction(
  values: ComposerValues,
  { action, kind }: { action: ComposerAction; kind?: BlockKind },
  events: ReadonlyMap<string, EventCard>,
): { values: ComposerValues; errors: FieldErrors } {
  if (action === 'add' && kind) {
    if (values.blocks.length >= MAX_BLOCKS)
      return { values, errors: { blocks: [`${MAX_BLOCKS} blocs au maximum.`] } };
    return { values: { ...values, blocks: [...values.blocks, emptyBlock(kind)] }, errors: {} };
  }
  if (action === 'to-mjml')
    return { values: { ...values, mode: 'mjml', mjml: blocksToMjml(values.blocks, events) }, errors: {} };
  if (action === 'to-blocks') {
    const blocks = blocksFromMjml(values.mjml);
    if (!blocks)
      return {
        values,
        errors: {
          mjml: ['Ce MJML a été modifié à la main : il ne peut plus être découpé en blocs.'],
        },
      };
    return { values: { ...values, mode: 'blocks', blocks }, errors: {} };
  }
  return { values, errors: {} };
}

/**
 * Where the keyboard resumes once a non-saving action has redrawn the form: the first field of the block
 * just added (the last one), the MJML text, or the first block's first field back from MJML.
 */
export function composerFocus(values: ComposerValues, action: ComposerAction): string | undefined {
  if (values.mode === 'mjml') return 'mjml';
  const block = action === 'add' ? values.blocks.at(-1) : values.blocks[0];
  if (!block || action === 'save') return undefined;
  const index = action === 'add' ? values.blocks.length - 1 : 0;
  return blockFieldKey(index, BLOCK_FIELDS[block.kind][0]);
}

export type ComposerParse = { ok: true; content: CampaignContent } | { ok: false; errors: FieldErrors };

/** The composer through the API's own schema (same rules, same French messages) and the block rules. */
export function contentFromComposer(
  values: ComposerValues,
  events: ReadonlyMap<string, EventCard>,
): ComposerParse {
  const errors: FieldErrors = {};
  if (values.mode === 'blocks') {
    if (!values.blocks.length) errors.blocks = ['Ajoutez au moins un bloc.'];
    Object.assign(errors, blockErrors(values.blocks, events));
  }
  const optional = (value: string) => (value.trim() ? value : undefined);
  const who = (EVENT_AUDIENCES as readonly string[]).includes(values.eventWho) ? values.eventWho : '';
  const body = {
    subject: values.subject,
    ...(optional(values.preheader) ? { preheader: values.preheader } : {}),
    ...(optional(values.fromName) ? { fromName: values.fromName } : {}),
    audience:
      values.audienceKind === 'event'
        ? values.eventId
          ? { event: { id: values.eventId, who } }
          : {}
        : { topics: values.topics },
    archive: values.archive,
    mjml: values.mode === 'blocks' ? blocksToMjml(values.blocks, events) : values.mjml,
  };
  const parsed = campaignBodySchema.safeParse(body);
  if (!parsed.success) mergeErrors(errors, composerFieldErrors(fieldErrorsFrom(parsed.error), values.mode));
  if (parsed.success && !(parsed.data.audience.topics?.length || parsed.data.audience.event))
    errors.audience = [
      values.audienceKind === 'event'
        ? 'Choisissez un événement.'
        : 'Cochez au moins un thème, ou choisissez un événement.',
    ];
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, content: parsed.data as CampaignContent };
}

/** API field paths (`audience.event.id`, `mjml`) → the composer's fields. */
export function composerFieldErrors(errors: FieldErrors, mode: ComposerValues['mode']): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const field = composerFieldOf(path, mode);
    (mapped[field] ??= []).push(...messages);
  }
  return mapped;
}

function composerFieldOf(path: string, mode: ComposerValues['mode']): string {
  if (path === 'subject' || path === 'preheader' || path === 'fromName') return path;
  if (path.startsWith('audience.topics')) return 'topics';
  if (path === 'audience.event.id') return 'eventId';
  if (path === 'audience.event.who') return 'eventWho';
  if (path.startsWith('audience')) return 'audience';
  if (path === 'mjml') return mode === 'mjml' ? 'mjml' : 'blocks';
  if (path === 'to') return 'to';
  return '_';
}

function mergeErrors(into: FieldErrors, from: FieldErrors): void {
  for (const [field, messages] of Object.entries(from)) (into[field] ??= []).push(...messages);
}
