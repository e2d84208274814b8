import type { Messages } from '../i18n/fr.js';
import { loadedMessages } from '../i18n/messages.js';
import { pathIn } from '../i18n/page-paths.js';
import { localText, type LocalText } from '../i18n/translations.js';
import { currentLanguage } from './page-address.js';

/** The texts of the page being rendered, in its language. */
export function pageText(): Messages {
  return loadedMessages(currentLanguage());
}

/** A link to a page, given its French path: the same page in the language of the page being rendered. */
export function pagePath(frenchPagePath: string): string {
  return pathIn(currentLanguage(), frenchPagePath);
}

/** An absolute link to a hub page (a personal link the services build), its path in the page's language. */
export function pageUrl(frenchPageUrl: string): string {
  const url = new URL(frenchPageUrl);
  const [path, query] = [url.pathname, url.search + url.hash];
  return `${url.origin}${pagePath(path)}${query}`;
}

/** A content field (an event's title…) in the page's language, French marked `lang="fr"` when untranslated. */
export function contentText<T extends object>(content: T, field: keyof T & string): LocalText {
  return localText(content, field, currentLanguage());
}

/** A page's path in each language, from its French path; none when the page has no English twin. */
export function languagePaths(frenchPagePath: string): { fr: string; en: string } | undefined {
  const en = pathIn('en', frenchPagePath);
  return en === frenchPagePath ? undefined : { fr: frenchPagePath, en };
}
