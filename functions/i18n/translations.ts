import type { Language } from './language.js';

/** Content that may carry an English version of its texts (`translations.en`), read defensively. */
interface Translatable {
  translations?: { en?: Record<string, unknown> };
}

export interface LocalText {
  text: string;
  /** Set when the text is French shown on an English page: its element says `lang="fr"`. */
  lang?: 'fr';
}

/** A content field in a language: its English version on an English page, else the French text, marked. */
export function localText<T extends object>(
  content: T,
  field: keyof T & string,
  language: Language,
): LocalText {
  const french = content[field];
  const frenchText = typeof french === 'string' ? french : '';
  if (language === 'fr') return { text: frenchText };
  const english = (content as Translatable).translations?.en?.[field];
  if (typeof english === 'string' && english.trim()) return { text: english };
  return frenchText ? { text: frenchText, lang: 'fr' } : { text: '' };
}
