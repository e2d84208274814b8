import { ConflictError, ValidationError } from '../shared/errors.js';
import { escapeHtml } from '../shared/escape-html.js';
import type { Language } from '../i18n/language.js';
import type { Campaign, CampaignContent, CampaignStats, CampaignStatus } from './campaign.js';
import { openPixel, type TrackingUrls } from './campaign-tracking-rules.js';

/** The only placeholders a campaign may use; each is substituted per recipient, escaped. */
export const CAMPAIGN_PLACEHOLDERS = [
  'firstName',
  'unsubscribeUrl',
  'preferencesUrl',
  'webVersionUrl',
] as const;
export type PersonalValues = Record<(typeof CAMPAIGN_PLACEHOLDERS)[number], string>;

const FORBIDDEN_MARKUP: [RegExp, string][] = [
  [/<\s*script/i, 'Les scripts sont interdits dans une lettre.'],
  [/<\s*(iframe|object|embed|form|input|meta|link|base)\b/i, 'Cette balise est interdite dans une lettre.'],
  [/\son[a-z]+\s*=/i, 'Les attributs d’événement (onclick…) sont interdits.'],
  [/(javascript|vbscript|data)\s*:/i, 'Les liens javascript:, vbscript: et data: sont interdits.'],
  [
    /<\s*\/?\s*(mjml|mj-head|mj-body)\b/i,
    'Le corps se place dans la mise en page commune : pas de <mjml>, <mj-head> ni <mj-body>.',
  ],
];

/** Staff write the body; the hub still refuses what no newsletter needs and what could run in a mail client. */
export function checkCampaignBody(mjml: string): void {
  const problems = FORBIDDEN_MARKUP.filter(([pattern]) => pattern.test(mjml)).map(([, message]) => message);
  const unknown = [...mjml.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)]
    .map((match) => match[1] as string)
    .filter((name) => !(CAMPAIGN_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length) {
    problems.push(
      `Champs de personnalisation inconnus : ${[...new Set(unknown)].join(', ')} (autorisés : ${CAMPAIGN_PLACEHOLDERS.join(', ')}).`,
    );
  }
  if (problems.length) throw new ValidationError({ mjml: problems });
}

// A named placeholder ({{firstName}}) or a compiled link ({{track:N}}), in one pass, with the space before it.
const PLACEHOLDER = /( ?)\{\{(?:(\w+)|track:(\d+))\}\}/g;

/** An empty value takes its leading space with it: "Bonjour {{firstName}}," reads "Bonjour," without a name. */
function spaced(space: string, value: string): string {
  return value ? space + value : '';
}

/**
 * Per-recipient work: substitution of escaped values into the compiled campaign, nothing else. With
 * `tracking`, links go through their redirect URLs and the open pixel is appended; without it (tests,
 * previews, the public archive, the benchmark) links keep their original URLs and nothing is measured.
 * The text part always shows the original URLs: a reader of plain text sees where a link leads.
 */
export function personalise(
  compiled: { html: string; text: string; links?: string[] },
  values: PersonalValues,
  tracking?: TrackingUrls,
): { html: string; text: string } {
  const pick = (key: string) => (values as Record<string, string | undefined>)[key] ?? '';
  const original = (index: string) => compiled.links?.[Number(index)] ?? '';
  let html = compiled.html.replace(PLACEHOLDER, (_, space: string, key: string | undefined, index: string) =>
    spaced(space, escapeHtml(key ? pick(key) : tracking ? tracking.click(Number(index)) : original(index))),
  );
  if (tracking) {
    const end = html.lastIndexOf('</body>');
    const pixel = openPixel(tracking.open, escapeHtml);
    html = end < 0 ? html + pixel : `${html.slice(0, end)}${pixel}${html.slice(end)}`;
  }
  return {
    html,
    text: compiled.text.replace(PLACEHOLDER, (_, space: string, key: string | undefined, index: string) =>
      spaced(space, (key ? pick(key) : original(index)).replace(/[\r\n]+/g, ' ')),
    ),
  };
}

/**
 * A campaign is public (archive, feed, public web version) only when it went to topic subscribers and staff
 * did not keep it out: a letter to an event's people speaks to them alone, even if topics were added.
 */
export function isArchived(campaign: Pick<CampaignContent, 'audience' | 'archive'>): boolean {
  return !campaign.audience.event && campaign.archive !== false;
}

const EDITABLE: CampaignStatus[] = ['draft'];
const SENDABLE: CampaignStatus[] = ['draft', 'scheduled'];
const CANCELLABLE: CampaignStatus[] = ['draft', 'scheduled', 'sending', 'paused'];

export function assertEditable(campaign: Campaign): void {
  if (!EDITABLE.includes(campaign.status))
    throw new ConflictError(
      'Seul un brouillon peut être modifié : dupliquez la campagne.',
      'campagne-non-modifiable',
    );
}

export function assertSendable(campaign: Campaign): void {
  if (!SENDABLE.includes(campaign.status))
    throw new ConflictError(
      `Cette campagne ne peut plus être envoyée (statut : ${campaign.status}).`,
      'campagne-deja-envoyee',
    );
}

export function assertCancellable(campaign: Campaign): void {
  if (!CANCELLABLE.includes(campaign.status))
    throw new ConflictError(
      `Cette campagne ne peut plus être annulée (statut : ${campaign.status}).`,
      'campagne-terminee',
    );
}

export const SENDABLE_STATUSES = SENDABLE;
export const CANCELLABLE_STATUSES = CANCELLABLE;

export interface PauseThresholds {
  maxBounceRate: number;
  maxComplaintRate: number;
  minSent: number;
}

/** Why a campaign must pause itself, in French, or undefined while its rates are acceptable. */
export function pauseReason(
  campaign: { stats: CampaignStats; baseline?: Pick<CampaignStats, 'sent' | 'bounced' | 'complained'> },
  limits: PauseThresholds,
): string | undefined {
  const base = campaign.baseline ?? { sent: 0, bounced: 0, complained: 0 };
  const stats = {
    sent: campaign.stats.sent - base.sent,
    bounced: campaign.stats.bounced - base.bounced,
    complained: campaign.stats.complained - base.complained,
  };
  if (stats.sent < limits.minSent) return undefined;
  const percent = (value: number) =>
    `${(value * 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} %`;
  const bounceRate = stats.bounced / stats.sent;
  if (bounceRate > limits.maxBounceRate)
    return `taux de rebond de ${percent(bounceRate)} (seuil : ${percent(limits.maxBounceRate)})`;
  const complaintRate = stats.complained / stats.sent;
  if (complaintRate > limits.maxComplaintRate)
    return `taux de plaintes de ${percent(complaintRate)} (seuil : ${percent(limits.maxComplaintRate)})`;
  return undefined;
}

/** The letter a recipient reads: the English version for an English reader when there is one, else the French. */
export function letterFor(
  campaign: Pick<Campaign, 'subject' | 'html' | 'text' | 'links' | 'translations' | 'english'>,
  language: Language | undefined,
): { language: Language; subject: string; html: string; text: string; links?: string[] } {
  const english = campaign.translations?.en;
  if (language !== 'en' || !english || !campaign.english) return { ...campaign, language: 'fr' };
  return { language: 'en', subject: english.subject, ...campaign.english, links: campaign.links };
}

/** The English version's `{{track:N}}` links, numbered on after the French version's `count` links. */
export function numberedAfter(compiled: { html: string; text: string }, count: number) {
  const shift = (source: string) =>
    source.replace(/\{\{track:(\d+)\}\}/g, (_, index: string) => `{{track:${Number(index) + count}}}`);
  return { html: shift(compiled.html), text: shift(compiled.text) };
}
