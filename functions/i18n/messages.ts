import type { Language } from './language.js';
import { fr, type Messages } from './fr.js';

let english: Messages | undefined;

/**
 * The texts of a language, English loaded on first need: a French page or answer never evaluates them (the
 * bundler keeps a dynamic import's module unevaluated until it is called).
 */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'fr') return fr;
  english ??= (await import('./en.js')).en;
  return english;
}

/** The texts of a language already loaded (French always is); English before loadMessages('en') is a bug. */
export function loadedMessages(language: Language): Messages {
  if (language === 'fr') return fr;
  if (!english) throw new Error('The English texts are used before they are loaded.');
  return english;
}
