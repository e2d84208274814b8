import type { Language } from './language.js';

/**
 * The language an API client asks for in `Accept-Language`: the first of French and English by preference
 * (`q`), French when it names neither or is absent.
 */
export function languageFromAcceptLanguage(header: string | undefined): Language {
  if (!header) return 'fr';
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [range = '', ...parameters] = part.trim().toLowerCase().split(';');
      // An unreadable weight counts as 0: the range is ignored rather than taken as most wanted.
      const weight = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = weight === undefined ? 1 : Number(weight.slice(2)) || 0;
      return { primary: range.trim().split('-')[0], q, order };
    })
    .filter((range) => range.q > 0 && (range.primary === 'fr' || range.primary === 'en'))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges[0]?.primary === 'en' ? 'en' : 'fr';
}
