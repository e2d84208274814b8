import { describe, expect, it } from 'vitest';
import { englishPath, frenchPath, pathIn } from '../../functions/i18n/page-paths.js';
import { languageFromAcceptLanguage } from '../../functions/i18n/accept-language.js';

describe('the English paths of the public pages', () => {
  // The contract of issue #17, and the pages whose English path the hub chose in the same spirit.
  const pairs: [string, string][] = [
    ['/', '/en/'],
    ['/evenements', '/en/events'],
    ['/evenements/passes', '/en/events/past'],
    ['/evenements/journee-lyon', '/en/events/journee-lyon'],
    ['/evenements/journee-lyon/replay', '/en/events/journee-lyon/replay'],
    ['/newsletter', '/en/newsletter'],
    ['/newsletter/archives', '/en/newsletter/archives'],
    ['/newsletter/archives/01ABC', '/en/newsletter/archives/01ABC'],
    ['/newsletter/confirm', '/en/newsletter/confirm'],
    ['/newsletter/preferences', '/en/newsletter/preferences'],
    ['/newsletter/unsubscribe', '/en/newsletter/unsubscribe'],
    ['/kits', '/en/kits'],
    ['/kits/kit-presse', '/en/kits/kit-presse'],
    ['/kits/desabonnement', '/en/kits/unsubscribe'],
    ['/connexion', '/en/sign-in'],
    ['/emargement', '/en/attendance'],
    ['/certificats/42', '/en/certificates/42'],
    ['/enquete/jeton', '/en/survey/jeton'],
    ['/inscriptions/annuler', '/en/registrations/cancel'],
    ['/accessibilite', '/en/accessibility'],
    ['/donnees-personnelles', '/en/personal-data'],
    ['/mentions-legales', '/en/legal-notice'],
  ];

  it('maps each French page to its English path and back', () => {
    for (const [french, english] of pairs) {
      expect(englishPath(french), french).toBe(english);
      expect(frenchPath(english), english).toBe(french);
    }
    expect(frenchPath('/en')).toBe('/');
  });

  it('matches whole segments only, and leaves the console, the API and unknown paths alone', () => {
    for (const path of [
      '/admin',
      '/api/events',
      '/evenementsx',
      '/kitsune',
      '/newsletters',
      '/auth/callback',
    ])
      expect(englishPath(path), path).toBeUndefined();
    for (const path of ['/en/admin', '/en/eventsx', '/en/api/events', '/en/evenements'])
      expect(frenchPath(path), path).toBeUndefined();
  });

  it('keeps a query and a fragment, and French links unchanged on French pages', () => {
    expect(pathIn('en', '/newsletter/preferences?token=a%2Fb')).toBe(
      '/en/newsletter/preferences?token=a%2Fb',
    );
    expect(pathIn('en', '/evenements/passes#liste')).toBe('/en/events/past#liste');
    expect(pathIn('fr', '/evenements')).toBe('/evenements');
    expect(pathIn('en', '/admin')).toBe('/admin');
  });
});

describe('Accept-Language', () => {
  it('picks English or French by preference, French otherwise', () => {
    expect(languageFromAcceptLanguage(undefined)).toBe('fr');
    expect(languageFromAcceptLanguage('')).toBe('fr');
    expect(languageFromAcceptLanguage('en')).toBe('en');
    expect(languageFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(languageFromAcceptLanguage('de-DE,en;q=0.7,fr;q=0.8')).toBe('fr');
    expect(languageFromAcceptLanguage('de-DE,en;q=0.7')).toBe('en');
    expect(languageFromAcceptLanguage('en;q=0, fr;q=0.1')).toBe('fr');
    expect(languageFromAcceptLanguage('*')).toBe('fr');
    expect(languageFromAcceptLanguage('en;q=abc')).toBe('fr');
  });
});
