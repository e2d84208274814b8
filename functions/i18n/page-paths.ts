import type { Language } from './language.js';

/**
 * The public pages' French paths and their English ones, matched by whole leading segments: what follows
 * (a slug, a token, a number, `/replay`) stays as it is. A page added later gets its English path by a line
 * here; the more specific prefix comes first.
 */
const PAGE_PATHS: readonly (readonly [french: string, english: string])[] = [
  ['/evenements/passes', '/en/events/past'],
  ['/evenements', '/en/events'],
  ['/inscriptions/annuler', '/en/registrations/cancel'],
  ['/newsletter', '/en/newsletter'],
  ['/kits/desabonnement', '/en/kits/unsubscribe'],
  ['/kits', '/en/kits'],
  ['/connexion', '/en/sign-in'],
  ['/emargement', '/en/attendance'],
  ['/certificats', '/en/certificates'],
  ['/enquete', '/en/survey'],
  ['/accessibilite', '/en/accessibility'],
  ['/donnees-personnelles', '/en/personal-data'],
  ['/mentions-legales', '/en/legal-notice'],
];

const FRENCH_HOME = '/';
const ENGLISH_HOME = '/en/';

function underPrefix(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** A French page's English path, or undefined when the path is no public page (the console, the API…). */
export function englishPath(frenchPath: string): string | undefined {
  if (frenchPath === FRENCH_HOME) return ENGLISH_HOME;
  const pair = PAGE_PATHS.find(([french]) => underPrefix(frenchPath, french));
  return pair ? pair[1] + frenchPath.slice(pair[0].length) : undefined;
}

/** An English page's French path, or undefined when `/en/…` names no page. */
export function frenchPath(englishPath: string): string | undefined {
  if (englishPath === ENGLISH_HOME || englishPath === '/en') return FRENCH_HOME;
  const pair = PAGE_PATHS.find(([, english]) => underPrefix(englishPath, english));
  return pair ? pair[0] + englishPath.slice(pair[1].length) : undefined;
}

/** Whether a request's path is under `/en/`. */
export function isEnglishPath(path: string): boolean {
  return path === '/en' || path.startsWith('/en/');
}

/** A French page's path in `language` (itself in French; unchanged when it has no English path). */
export function pathIn(language: Language, frenchPagePath: string): string {
  if (language === 'fr') return frenchPagePath;
  const [path, query] = splitQuery(frenchPagePath);
  const english = englishPath(path);
  return english === undefined ? frenchPagePath : english + query;
}

function splitQuery(path: string): [string, string] {
  const at = path.search(/[?#]/);
  return at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}
