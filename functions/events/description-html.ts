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

function plainParagraphs(source: string): string {
  return source
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>\n')}</p>\n`)
    .join('');
}
