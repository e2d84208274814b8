import type { FieldErrors } from '../shared/errors.js';
import { CAMPAIGN_PLACEHOLDERS, checkCampaignBody } from './campaign-rules.js';
import { escapeHtml } from '../shared/escape-html.js';

export const BLOCK_KINDS = ['title', 'text', 'image', 'button', 'event'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** The ready-made pieces of a campaign body, as staff fill them in (nothing trimmed or checked yet). */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'button'; label: string; href: string }
  | { kind: 'event'; eventId: string };

/** What an event card shows, prepared by the caller (dates already in Paris time, absolute link). */
export interface EventCard {
  title: string;
  dates: string;
  place: string;
  url: string;
}

export const BLOCK_LABELS: Record<BlockKind, string> = {
  title: 'Titre',
  text: 'Texte',
  image: 'Image',
  button: 'Bouton',
  event: 'Carte d’événement',
};

/** The form fields of each kind of block, in the order the composer shows them. */
export const BLOCK_FIELDS = {
  title: ['text'],
  text: ['text'],
  image: ['src', 'alt'],
  button: ['label', 'href'],
  event: ['eventId'],
} as const satisfies Record<BlockKind, readonly string[]>;

export const BLOCK_FIELD_LABELS: Record<string, string> = {
  text: 'Texte',
  src: 'Adresse de l’image',
  alt: 'Texte alternatif',
  label: 'Libellé du bouton',
  href: 'Adresse du lien',
  eventId: 'Événement',
};

const MAX_LENGTH: Record<string, number> = {
  text: 5000,
  src: 2000,
  alt: 300,
  label: 80,
  href: 2000,
  eventId: 100,
};

/** `blocks.2.href`: the key of a block's field in field errors and in the composer's ids. */
export const blockFieldKey = (index: number, field: string) => `blocks.${index}.${field}`;

/** Titles, labels, URLs and card lines are one line each: any run of spaces or line breaks is one space. */
const line = (value: string) => escapeHtml(value.replace(/\s+/g, ' ').trim());
const unescape = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39);/g, (entity) =>
    entity === '&amp;'
      ? '&'
      : entity === '&lt;'
        ? '<'
        : entity === '&gt;'
          ? '>'
          : entity === '&quot;'
            ? '"'
            : "'",
  );

/** Paragraphs are separated by a blank line; a single line break stays a line break. */
function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((text) => text.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length);
}

const P_OPEN = '<p style="margin:0 0 12px">';

/**
 * One block as one line of MJML. Every staff string is escaped, so it is text or an attribute value,
 * never markup; the line's shape is fixed, so `blocksFromMjml` can read it back.
 */
export function blockToMjml(block: Block, events: ReadonlyMap<string, EventCard>): string {
  switch (block.kind) {
    case 'title':
      return `<mj-text css-class="bloc-titre" font-size="22px" line-height="30px" font-weight="bold" color="#0b3d5c"><h2 style="margin:0;font-size:22px;line-height:30px">${line(block.text)}</h2></mj-text>`;
    case 'text':
      return `<mj-text css-class="bloc-texte">${paragraphs(block.text)
        .map((lines) => `${P_OPEN}${lines.map((text) => escapeHtml(text)).join('<br />')}</p>`)
        .join('')}</mj-text>`;
    case 'image':
      return `<mj-image css-class="bloc-image" src="${line(block.src)}" alt="${line(block.alt)}" />`;
    case 'button':
      return `<mj-button css-class="bloc-bouton" href="${line(block.href)}">${line(block.label)}</mj-button>`;
    case 'event': {
      const card = events.get(block.eventId);
      const id = block.eventId.replace(/[^A-Za-z0-9]/g, '');
      if (!card) return `<mj-text css-class="bloc-evenement-${id}"></mj-text>`;
      return `<mj-text css-class="bloc-evenement-${id}"><p style="margin:0 0 4px;font-size:18px;font-weight:bold">${line(card.title)}</p><p style="margin:0 0 4px">${line(card.dates)}</p><p style="margin:0 0 8px">${line(card.place)}</p><p style="margin:0"><a href="${line(card.url)}">Voir l’événement et s’inscrire</a></p></mj-text>`;
    }
  }
}

export function blocksToMjml(blocks: readonly Block[], events: ReadonlyMap<string, EventCard>): string {
  return blocks.map((block) => blockToMjml(block, events)).join('\n');
}

const READERS: [RegExp, (match: RegExpExecArray) => Block][] = [
  [
    /^<mj-text css-class="bloc-titre" [^>]*><h2 [^>]*>([^<]*)<\/h2><\/mj-text>$/,
    (m) => ({ kind: 'title', text: unescape(m[1]!) }),
  ],
  [
    /^<mj-text css-class="bloc-texte">((?:<p [^>]*>[^]*?<\/p>)*)<\/mj-text>$/,
    (m) => ({
      kind: 'text',
      text: [...m[1]!.matchAll(/<p [^>]*>([^]*?)<\/p>/g)]
        .map((p) => p[1]!.split('<br />').map(unescape).join('\n'))
        .join('\n\n'),
    }),
  ],
  [
    /^<mj-image css-class="bloc-image" src="([^"]*)" alt="([^"]*)" \/>$/,
    (m) => ({ kind: 'image', src: unescape(m[1]!), alt: unescape(m[2]!) }),
  ],
  [
    /^<mj-button css-class="bloc-bouton" href="([^"]*)">([^<]*)<\/mj-button>$/,
    (m) => ({ kind: 'button', href: unescape(m[1]!), label: unescape(m[2]!) }),
  ],
  [
    /^<mj-text css-class="bloc-evenement-([A-Za-z0-9]+)">.*<\/mj-text>$/,
    (m) => ({ kind: 'event', eventId: m[1]! }),
  ],
];

/**
 * The blocks a body was made of, when it was made by `blocksToMjml` and not edited by hand since;
 * undefined otherwise (the composer then offers the body as raw MJML).
 */
export function blocksFromMjml(mjml: string): Block[] | undefined {
  // A textarea posts its lines with CRLF: MJML that comes back from the form must still read as blocks.
  const lines = mjml.split(/\r?\n/).filter((line) => line.trim());
  const blocks: Block[] = [];
  for (const text of lines) {
    const reader = READERS.map(([pattern, read]) => {
      const match = pattern.exec(text);
      return match ? read(match) : undefined;
    }).find(Boolean);
    if (!reader) return undefined;
    blocks.push(reader);
  }
  return blocks;
}

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/** French messages per block field (`blocks.0.href`…), empty when every block can be sent. */
export function blockErrors(blocks: readonly Block[], events: ReadonlyMap<string, EventCard>): FieldErrors {
  const errors: FieldErrors = {};
  const add = (index: number, field: string, message: string) =>
    (errors[blockFieldKey(index, field)] ??= []).push(message);

  blocks.forEach((block, index) => {
    const values = block as unknown as Record<string, string>;
    for (const field of BLOCK_FIELDS[block.kind]) {
      const value = (values[field] ?? '').trim();
      if (!value) {
        add(index, field, 'Ce champ est obligatoire.');
        continue;
      }
      if (value.length > MAX_LENGTH[field]!) add(index, field, `${MAX_LENGTH[field]} caractères au maximum.`);
      const unknown = [...value.matchAll(PLACEHOLDER)]
        .map((match) => match[1]!)
        .filter((name) => !(CAMPAIGN_PLACEHOLDERS as readonly string[]).includes(name));
      if (unknown.length)
        add(
          index,
          field,
          `Champ de personnalisation inconnu : ${unknown.join(', ')} (autorisés : ${CAMPAIGN_PLACEHOLDERS.join(', ')}).`,
        );
    }
    if (block.kind === 'image' && block.src.trim() && !isHttps(block.src))
      add(index, 'src', 'Indiquez une adresse https://… de l’image.');
    if (block.kind === 'button' && block.href.trim() && !isHttps(block.href))
      add(index, 'href', 'Indiquez une adresse https://… pour le lien.');
    if (block.kind === 'event' && block.eventId && !events.has(block.eventId))
      add(index, 'eventId', 'Choisissez un événement publié.');
    // What the hub refuses in any body (on…=, data:…) is reported beside the block that holds it.
    if (!Object.keys(errors).some((key) => key.startsWith(`blocks.${index}.`))) {
      try {
        checkCampaignBody(blockToMjml(block, events));
      } catch (error) {
        const messages = (error as { fields?: FieldErrors }).fields?.mjml ?? [];
        for (const message of messages) add(index, BLOCK_FIELDS[block.kind][0], message);
      }
    }
  });
  return errors;
}

function isHttps(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/** An empty block of a kind, as the composer adds it. */
export function emptyBlock(kind: BlockKind): Block {
  switch (kind) {
    case 'title':
    case 'text':
      return { kind, text: '' };
    case 'image':
      return { kind, src: '', alt: '' };
    case 'button':
      return { kind, label: '', href: '' };
    case 'event':
      return { kind, eventId: '' };
  }
}
