/** The hub speaks French first (today's paths) and English (under `/en/`). */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
