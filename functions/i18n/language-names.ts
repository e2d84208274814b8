import type { Language } from './language.js';

/** The languages as the French staff console names them. */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'Anglais' };
