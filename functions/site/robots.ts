import { hubUrl } from '../pages/page-address.js';

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

/** robots.txt: everything else open, and where the sitemap is. */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    ...DISALLOWED.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${hubUrl(baseUrl, '/sitemap.xml')}`,
    '',
  ].join('\n');
}
