import { escapeHtml } from '../shared/escape-html.js';
import type { HubEvent } from './event.js';

/**
 * The description as HTML for visitors: the sanitised HTML rendered when staff saved the event. An event
 * saved before descriptions were rendered at save time has none; its Markdown source is shown escaped, as
 * plain paragraphs, until staff save it again.
 */
export function descriptionHtmlOf(event: Pick<HubEvent, 'description' | 'descriptionHtml'>): string {
  return event.descriptionHtml ?? plainParagraphs(event.description);
}

/**
 * The description on a page in `language`: the English one where staff wrote it (`translations.en`, rendered
 * on save like the French), else the French, marked as such.
 */
export function localDescriptionHtml(
  event: Pick<HubEvent, 'description' | 'descriptionHtml'>,
  language: 'fr' | 'en',
): { html: string; lang?: 'fr' } {
  if (language === 'fr') return { html: descriptionHtmlOf(event) };
  const english = (event as { translations?: { en?: { description?: unknown; descriptionHtml?: unknown } } })
    .translations?.en;
  if (typeof english?.descriptionHtml === 'string' && english.descriptionHtml.trim())
    return { html: english.descriptionHtml };
  if (typeof english?.description === 'string' && english.description.trim())
    return { html: plainParagraphs(english.description) };
  return { html: descriptionHtmlOf(event), lang: 'fr' };
}

function plainParagraphs(source: string): string {
  return source
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>\n')}</p>\n`)
    .join('');
}
