import { hubUrl } from '../pages/page-address.js';
import { englishPath } from '../i18n/page-paths.js';

/**
 * Pages no crawler should index: the staff console and API, the local tools, and the pages reached through a
 * personal link (their query carries a token that belongs to one person).
 */
const DISALLOWED = [
  '/admin',
  '/api/admin',
  '/_local',
  '/auth/',
  '/connexion',
  '/inscriptions/annuler',
  '/newsletter/confirm',
  '/newsletter/unsubscribe',
  '/newsletter/preferences',
  '/newsletter/c/',
  '/newsletter/o/',
  '/kits/desabonnement',
];

/** The same pages under their English paths (`/en/newsletter/confirm`…): the console has none. */
const DISALLOWED_IN_ENGLISH = DISALLOWED.map((path) => englishPath(path)).filter(
  (path): path is string => path !== undefined,
);

/** robots.txt: everything else open, and where the sitemap is. */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    ...[...DISALLOWED, ...DISALLOWED_IN_ENGLISH].map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${hubUrl(baseUrl, '/sitemap.xml')}`,
    '',
  ].join('\n');
}
