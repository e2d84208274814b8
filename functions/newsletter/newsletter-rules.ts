import type { Subscriber, Topic } from './subscriber.js';
import { ValidationError } from '../shared/errors.js';

/** Bump the version whenever the wording changes: each subscriber keeps the version they accepted. */
export const NEWSLETTER_CONSENT_VERSION = 'lettre-2026-11';
export const NEWSLETTER_CONSENT_TEXT =
  'J’accepte de recevoir la lettre d’information de la filière aimants & terres rares ' +
  'Auvergne-Rhône-Alpes sur les thèmes choisis. Mon adresse et mon prénom sont conservés trois ans après ' +
  'ma dernière interaction ; je peux me désabonner à tout moment en un clic depuis chaque message.';
export const TRACKING_CONSENT_TEXT =
  'J’accepte que l’ouverture des messages et les clics soient mesurés individuellement (facultatif ; ' +
  'sinon seuls des totaux anonymes sont comptés).';

export const TOKEN_PURPOSES = {
  confirm: 'newsletter-confirm',
  /** Preference and unsubscribe links: the address sealed, so the URL does not show it. */
  preferences: 'newsletter-preference-link',
  /** The same links as mailed before they were sealed: the address readable, no expiry. */
  legacyPreferences: 'newsletter-preferences',
  webVersion: 'campaign-web-version',
} as const;

/**
 * A preference link opens the preference page this long after its mail was sent: long enough to cover the
 * gap between two letters. Its one-click unsubscription works for ever: an opt-out can only do what its
 * reader asked, and a mail client may offer it years later.
 */
export const PREFERENCE_LINK_DAYS = 180;

/**
 * Links mailed before preference links were sealed carry no expiry: they open the preference page until
 * this date (as if mailed the day sealed links shipped), and unsubscribe for ever.
 */
export const LEGACY_PREFERENCE_LINKS_UNTIL = new Date('2027-06-06T00:00:00Z');

export const DEFAULT_TOPICS: Topic[] = [
  { slug: 'journees-techniques', name: 'Journées techniques' },
  { slug: 'webinaires', name: 'Webinaires' },
  { slug: 'actualites-filiere', name: 'Actualités de la filière' },
  { slug: 'formations', name: 'Formations' },
];

/** Every requested topic must exist; an empty choice is refused (there would be nothing to send). */
export function checkTopics(requested: string[], known: Topic[]): string[] {
  const slugs = new Set(known.map((topic) => topic.slug));
  const unknown = requested.filter((slug) => !slugs.has(slug));
  if (unknown.length) {
    throw new ValidationError({ topics: [`Thème inconnu : ${unknown.join(', ')}.`] });
  }
  if (requested.length === 0) throw new ValidationError({ topics: ['Choisissez au moins un thème.'] });
  return [...new Set(requested)];
}

/** Who may receive a campaign on these topics: confirmed, and interested in at least one of them. */
export function wantsAnyOf(subscriber: Subscriber, topics: string[]): boolean {
  return subscriber.status === 'confirmed' && subscriber.topics.some((topic) => topics.includes(topic));
}

/**
 * Whether opens and clicks may name this person (CNIL). A tracking hit checks the same condition in its write
 * (DynamoCampaignStore.countPerson), so that a withdrawn consent or an erasure counts at once.
 */
export function acceptsTracking(subscriber: Subscriber | undefined): boolean {
  return subscriber?.tracking === true;
}

/** Whether a person has opted out of the newsletter: such an address receives no campaign at all. */
export function hasOptedOut(subscriber: Subscriber | undefined): boolean {
  return subscriber?.status === 'unsubscribed';
}

/** The confirm token binds an address to one request (its nonce): an older link cannot confirm a newer one. */
export function confirmSubject(email: string, nonce: string): string {
  return `${email} ${nonce}`;
}

export function parseConfirmSubject(subject: string): { email: string; nonce: string } | undefined {
  const [email, nonce, ...rest] = subject.split(' ');
  if (!email || !nonce || rest.length) return undefined;
  return { email, nonce };
}
