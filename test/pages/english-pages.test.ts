import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { cancellationToken, postForm, publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { jsx } from 'hono/jsx';
import { EventPage } from '../../functions/events/pages/event-page.js';
import { loadMessages } from '../../functions/i18n/messages.js';
import { renderAt } from '../../functions/pages/page-address.js';
import { confirmTokenFromMail, form } from '../newsletter/helpers.js';
import { decodeEntities } from '../support/html-text.js';

const BASE = 'http://localhost:3000';

const attributes = (tag: string) =>
  Object.fromEntries(
    [...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, decodeEntities(value!)]),
  );

/** What a page says about its language: `<html lang>`, canonical, hreflang links, OG locales, the switch. */
function readLanguageParts(html: string) {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const header = /<header class="site">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';
  const links = [...head.matchAll(/<link [^>]*>/g)].map(([tag]) => attributes(tag));
  const metas = [...head.matchAll(/<meta [^>]*>/g)].map(([tag]) => attributes(tag));
  const hreflang = Object.fromEntries(
    links
      .filter((link) => link.rel === 'alternate' && link.hreflang)
      .map((link) => [link.hreflang, link.href]),
  );
  const meta = (property: string) => metas.filter((m) => m.property === property).map((m) => m.content);
  const switches = [...header.matchAll(/<a [^>]*hreflang="[^"]*"[^>]*>([^<]*)<\/a>/g)].map(
    ([tag, label]) => ({
      ...attributes(tag),
      label,
    }),
  );
  return {
    lang: /<html lang="([^"]*)"/.exec(html)?.[1],
    canonical: links.filter((link) => link.rel === 'canonical').map((link) => link.href),
    hreflang,
    ogLocale: meta('og:locale'),
    ogLocaleAlternate: meta('og:locale:alternate'),
    ogUrl: meta('og:url'),
    switches,
  };
}

async function page(t: TestHub, path: string, init: RequestInit = {}) {
  const response = await t.app.request(path, { ...init, headers: { accept: 'text/html', ...init.headers } });
  const html = await response.text();
  return { status: response.status, html, ...readLanguageParts(html) };
}

describe('the public pages in French and English', () => {
  let t: TestHub;
  let event: HubEvent;

  beforeAll(async () => {
    t = await createTestHub({}, { HUB_RATE_LIMITS: 'off' });
    event = await publishedEvent(t, { title: 'Journée des aimants bilingue', capacity: 20 });
  });

  /** The contract's pairs (issue #17): French at today's paths, English under /en/ with English segments. */
  const pairs = (): [string, string][] => [
    ['/', '/en/'],
    ['/evenements', '/en/events'],
    ['/evenements/passes', '/en/events/past'],
    [`/evenements/${event.slug}`, `/en/events/${event.slug}`],
    ['/newsletter', '/en/newsletter'],
    ['/newsletter/archives', '/en/newsletter/archives'],
    ['/kits', '/en/kits'],
    ['/connexion', '/en/sign-in'],
    ['/accessibilite', '/en/accessibility'],
    ['/donnees-personnelles', '/en/personal-data'],
    ['/mentions-legales', '/en/legal-notice'],
  ];

  it('serve each page in both languages, each naming itself canonical and its twin by hreflang, French the default', async () => {
    for (const [french, english] of pairs()) {
      for (const [path, language, other, otherPath] of [
        [french, 'fr', 'en', english],
        [english, 'en', 'fr', french],
      ] as const) {
        const p = await page(t, path);
        expect(p.status, path).toBe(200);
        expect(p.lang, path).toBe(language);
        expect(p.canonical, path).toEqual([`${BASE}${path}`]);
        expect(p.ogUrl, path).toEqual([`${BASE}${path}`]);
        expect(p.hreflang, path).toEqual({
          fr: `${BASE}${french}`,
          en: `${BASE}${english}`,
          'x-default': `${BASE}${french}`,
        });
        expect(p.ogLocale, path).toEqual([language === 'fr' ? 'fr_FR' : 'en_GB']);
        expect(p.ogLocaleAlternate, path).toEqual([language === 'fr' ? 'en_GB' : 'fr_FR']);
        // The switch in the header keeps the page and names the other language in that language.
        expect(p.switches, path).toEqual([
          expect.objectContaining({ href: otherPath, hreflang: other, lang: other }),
        ]);
        expect(p.switches[0]!.label, path).toBe(other === 'en' ? 'English' : 'Français');
      }
    }
  });

  it('write the English pages in English, links included, and keep the French ones French', async () => {
    const home = await page(t, '/en/');
    expect(home.html).toContain('<h1>Upcoming events</h1>');
    expect(home.html).toContain(`href="/en/events/${event.slug}"`);
    expect(home.html).toContain('href="/en/events/past"');
    expect(home.html).toContain('href="/en/newsletter/archives"');
    expect(home.html).toContain('href="/en/legal-notice"');
    expect(home.html).not.toMatch(/href="\/(evenements|newsletter|kits|connexion)/);
    const french = await page(t, '/');
    expect(french.html).toContain('<h1>Événements à venir</h1>');
    expect(french.html).toContain(`href="/evenements/${event.slug}"`);

    const eventPage = await page(t, `/en/events/${event.slug}`);
    expect(eventPage.html).toContain('<h2 id="inscription-titre">Registration</h2>');
    expect(eventPage.html).toContain('Paris time');
    expect(eventPage.html).toMatch(/<button type="submit">Register<\/button>/);
    // The form still posts to the API, saying which page it came from.
    expect(eventPage.html).toContain('<input type="hidden" name="language" value="en"/>');
    expect((await page(t, `/evenements/${event.slug}`)).html).not.toContain('name="language"');

    const data = await page(t, '/en/personal-data');
    expect(data.html).toContain('<h1>Personal data</h1>');
    expect(data.html).toContain('3 years');
    expect((await page(t, '/en/accessibility')).html).toContain('<h1>Accessibility statement</h1>');
    expect((await page(t, '/en/legal-notice')).html).toContain('<h1>Legal notice</h1>');
  });

  it('show the French text of an untranslated event marked lang="fr" on the English pages', async () => {
    const eventPage = await page(t, `/en/events/${event.slug}`);
    expect(eventPage.html).toContain('<h1 lang="fr">Journée des aimants bilingue</h1>');
    expect(eventPage.html).toMatch(/<div lang="fr"><p>/);
    const list = await page(t, '/en/events');
    expect(list.html).toContain('<h2 lang="fr">');
    // French pages do not mark their own language on each element.
    expect((await page(t, `/evenements/${event.slug}`)).html).toContain(
      '<h1>Journée des aimants bilingue</h1>',
    );
  });

  it('show an event’s English texts where staff wrote them, unmarked, and the French ones where not', async () => {
    await loadMessages('en');
    const translated = {
      ...event,
      translations: {
        en: {
          title: 'Bilingual magnet day',
          summary: '',
          description: 'Visit of the pilot line.',
          descriptionHtml: '<p>Visit of the <em>pilot</em> line.</p>\n',
        },
      },
    } as HubEvent;
    const render = (language: 'fr' | 'en') =>
      renderAt(
        { baseUrl: BASE, path: `/evenements/${event.slug}`, query: '' },
        () => jsx(EventPage, { event: translated, now: new Date() }).toString(),
        language,
      );
    const english = render('en');
    expect(english).toContain('<h1>Bilingual magnet day</h1>');
    expect(english).toContain('<title>Bilingual magnet day · ');
    expect(english).toContain('<div><p>Visit of the <em>pilot</em> line.</p>');
    // No English summary: the French one, marked.
    expect(english).toContain(`<p lang="fr">${event.summary}</p>`);
    const hostile = {
      ...event,
      translations: { en: { title: '<script>alert(1)</script>', summary: '"><img src=x onerror=alert(1)>' } },
    } as HubEvent;
    const hostileHtml = renderAt(
      { baseUrl: BASE, path: `/evenements/${event.slug}`, query: '' },
      () => jsx(EventPage, { event: hostile, now: new Date() }).toString(),
      'en',
    );
    expect(hostileHtml).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(hostileHtml).not.toContain('<img src=x');
    const french = render('fr');
    expect(french).toContain('<h1>Journée des aimants bilingue</h1>');
    expect(french).not.toContain('Bilingual');
  });

  it('answer an unknown English path with an English 404 page, and an unknown event likewise', async () => {
    const missing = await page(t, '/en/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.lang).toBe('en');
    expect(missing.html).toContain('<h1>Page not found</h1>');
    const noEvent = await page(t, '/en/events/no-such-event');
    expect(noEvent.status).toBe(404);
    expect(noEvent.html).toContain('<h1>Event not found</h1>');
    // The console has no English path: /en/admin is no way into it, nor are odd spellings of a path.
    for (const path of [
      '/en/admin',
      '/en/api/events',
      '/en//events',
      '/en/events/..%2F..%2Fadmin',
      '/en/en/events',
    ])
      expect((await page(t, path)).status, path).toBe(404);
    // An English body too large is refused once, in English.
    const oversized = await t.app.request('/en/registrations/cancel', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
      body: `token=${'x'.repeat(70_000)}`,
    });
    expect(oversized.status).toBe(413);
  });

  it('answer a form posted from an English page in English: its refusals and its result', async () => {
    const path = `/api/events/${event.slug}/registrations`;
    const refused = await postForm(t, path, {
      language: 'en',
      firstName: '',
      lastName: 'Durand',
      email: 'pas-une-adresse',
    });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('<html lang="en">');
    expect(refusedHtml).toContain('The form contains errors');
    expect(refusedHtml).toContain('Enter your first name.');
    expect(refusedHtml).toContain('Enter a valid email address');
    expect(refusedHtml).not.toContain('Indiquez');
    // The refused form's canonical is the English event page, and its switch the French one.
    expect(readLanguageParts(refusedHtml).canonical).toEqual([`${BASE}/en/events/${event.slug}`]);

    const body = registrationBody();
    const accepted = await postForm(t, path, {
      language: 'en',
      firstName: body.firstName,
      lastName: body.lastName,
      email: body.email,
      consent: 'true',
    });
    expect(accepted.status).toBe(201);
    const acceptedHtml = await accepted.text();
    expect(acceptedHtml).toContain('<html lang="en">');
    expect(acceptedHtml).toContain('Your registration is confirmed');

    // The same form from the French page answers in French, whatever the browser prefers.
    const french = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
      body: new URLSearchParams({ firstName: '', lastName: 'Durand', email: 'x' }).toString(),
    });
    expect(french.status).toBe(400);
    expect(await french.text()).toContain('Indiquez votre prénom.');
  });

  it('keep a personal link’s token when switching language, and its page speaks the language of its path', async () => {
    const response = await t.app.request(`/api/events/${event.slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(registrationBody()),
    });
    const { id } = (await response.json()) as { id: string };
    const registration = (await t.hub.registrations.listForEvent(event.id)).find(
      (r: Registration) => r.id === id,
    )!;
    const token = cancellationToken(t, registration);
    const query = `?token=${encodeURIComponent(token)}`;

    const english = await page(t, `/en/registrations/cancel${query}`);
    expect(english.status).toBe(200);
    expect(english.html).toContain('<h1>Cancel my registration</h1>');
    expect(english.html).toContain('action="/en/registrations/cancel"');
    expect(english.switches[0]!.href).toBe(`/inscriptions/annuler${query}`);
    expect(english.canonical).toEqual([`${BASE}/en/registrations/cancel`]);

    const done = await postForm(t, '/en/registrations/cancel', { token });
    expect(done.status).toBe(200);
    const doneHtml = await done.text();
    expect(doneHtml).toContain('<h1>Your registration is cancelled</h1>');

    const refused = await page(t, '/en/registrations/cancel?token=forged');
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('<h1>Cancellation not possible</h1>');
    expect(refused.html).not.toContain('Annulation');
  });
});

describe('the newsletter pages in English', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await createTestHub({}, { HUB_RATE_LIMITS: 'off' });
    await t.hub.newsletter.seedTopics();
  });

  it('subscribe from the English page, confirm and manage preferences on English pages', async () => {
    const email = uniqueEmail('reader');
    const refused = await t.app.request('/api/newsletter/subscriptions', form({ language: 'en', email }));
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('<html lang="en">');
    expect(refusedHtml).toContain('Choose at least one topic.');
    expect(refusedHtml).toContain('<input type="hidden" name="language" value="en"/>');

    const accepted = await t.app.request(
      '/api/newsletter/subscriptions',
      form({ language: 'en', email, topics: 'webinaires', consent: 'on' }),
    );
    expect(accepted.status).toBe(202);
    expect(await accepted.text()).toContain('<h1>Check your inbox</h1>');

    const token = await confirmTokenFromMail(email);
    const confirm = await page(t, `/en/newsletter/confirm?token=${encodeURIComponent(token)}`);
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain('action="/en/newsletter/confirm"');
    const confirmed = await t.app.request('/en/newsletter/confirm', form({ token }));
    const confirmedHtml = await confirmed.text();
    expect(confirmedHtml).toContain('<h1>Subscription confirmed</h1>');
    // The preferences link of an English page leads to the English preferences page.
    const preferences = /href="(http:\/\/localhost:3000\/en\/newsletter\/preferences\?token=[^"]+)"/.exec(
      confirmedHtml,
    );
    expect(preferences).not.toBeNull();
    const preferencesPage = await page(t, decodeEntities(preferences![1]!).slice(BASE.length));
    expect(preferencesPage.status).toBe(200);
    expect(preferencesPage.html).toContain('<h1>My preferences</h1>');
    expect(preferencesPage.html).toMatch(/action="\/en\/newsletter\/unsubscribe\?token=/);

    // The JSON API's acknowledgement follows Accept-Language as its problems do.
    const other = uniqueEmail('api-reader');
    const body = JSON.stringify({ email: other, topics: ['webinaires'], consent: true });
    const headers = { 'content-type': 'application/json' };
    const inEnglish = await t.app.request('/api/newsletter/subscriptions', {
      method: 'POST',
      headers: { ...headers, 'accept-language': 'en' },
      body,
    });
    expect(inEnglish.status).toBe(202);
    expect(((await inEnglish.json()) as { message: string }).message).toMatch(/^Request recorded: /);
    const inFrench = await t.app.request('/api/newsletter/subscriptions', { method: 'POST', headers, body });
    expect(((await inFrench.json()) as { message: string }).message).toMatch(/^Demande enregistrée : /);

    const forged = await page(t, '/en/newsletter/preferences?token=forged');
    expect(forged.status).toBe(400);
    expect(forged.html).toContain('<h1>Preferences unavailable</h1>');
    expect(forged.html).toContain('This link is invalid.');
  });
});

describe('the sitemap and robots.txt in both languages', () => {
  let t: TestHub;
  let event: HubEvent;

  beforeAll(async () => {
    t = await createTestHub();
    event = await publishedEvent(t, { title: 'Journée du plan du site' });
  });

  it('list each page in French and English, each naming both as alternates, French the default', async () => {
    const xml = await (await t.app.request('/sitemap.xml')).text();
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
      loc: /<loc>([^<]*)<\/loc>/.exec(body!)?.[1],
      alternates: Object.fromEntries(
        [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]*)" href="([^"]*)"\/>/g)].map(
          ([, lang, href]) => [lang, href],
        ),
      ),
    }));
    for (const [french, english] of [
      [`/evenements/${event.slug}`, `/en/events/${event.slug}`],
      ['/newsletter', '/en/newsletter'],
      ['/newsletter/archives', '/en/newsletter/archives'],
      ['/kits', '/en/kits'],
      ['/', '/en/'],
    ]) {
      const alternates = { fr: `${BASE}${french}`, en: `${BASE}${english}`, 'x-default': `${BASE}${french}` };
      expect(urls, french).toContainEqual({ loc: `${BASE}${french}`, alternates });
      expect(urls, english).toContainEqual({ loc: `${BASE}${english}`, alternates });
    }
  });

  it('keep crawlers off the English personal-link pages too', async () => {
    const lines = (await (await t.app.request('/robots.txt')).text()).split('\n');
    for (const path of [
      '/en/registrations/cancel',
      '/en/newsletter/confirm',
      '/en/newsletter/unsubscribe',
      '/en/newsletter/preferences',
      '/en/kits/unsubscribe',
      '/en/sign-in',
    ])
      expect(lines, path).toContain(`Disallow: ${path}`);
    expect(lines.filter((line) => /^Disallow: \/en\/?$/.test(line))).toEqual([]);
  });
});

describe('the JSON API’s language', () => {
  let t: TestHub;
  let event: HubEvent;

  beforeAll(async () => {
    t = await createTestHub({}, { HUB_RATE_LIMITS: 'off' });
    event = await publishedEvent(t);
  });

  const post = (path: string, body: unknown, language?: string) =>
    t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify(body),
    });

  it('answers problem details in English for Accept-Language: en, field messages included', async () => {
    const response = await post(
      `/api/events/${event.slug}/registrations`,
      { firstName: '', email: 'x' },
      'en',
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as {
      title: string;
      detail: string;
      errors: Record<string, string[]>;
    };
    expect(problem.title).toBe('Invalid data');
    expect(problem.detail).toBe('Some information is invalid.');
    expect(problem.errors.firstName).toEqual(['Enter your first name.']);
    expect(problem.errors.email?.[0]).toMatch(/^Enter a valid email address/);
    // zod's own messages come in English too (a missing field).
    expect(problem.errors.lastName?.[0]).toMatch(/^[A-Z][a-z]/);
    expect(JSON.stringify(problem)).not.toMatch(/[éèàç]|Indiquez|Données/);
  });

  it('keeps French by default, for French and for languages it does not speak, byte for byte', async () => {
    for (const language of [undefined, 'fr-FR,fr;q=0.9', 'de-DE', 'de, en;q=0']) {
      const response = await post(
        `/api/events/${event.slug}/registrations`,
        { firstName: '', email: 'x' },
        language,
      );
      const problem = (await response.json()) as {
        title: string;
        detail: string;
        errors: Record<string, string[]>;
      };
      expect(problem.title, language).toBe('Données invalides');
      expect(problem.detail, language).toBe('Certaines informations sont invalides.');
      expect(problem.errors.firstName, language).toEqual(['Indiquez votre prénom.']);
    }
  });

  it('follows the client’s preference order and quality values', async () => {
    const title = async (language: string) =>
      (await (
        await t.app.request('/api/events/no-such-event', { headers: { 'accept-language': language } })
      ).json()) as {
        title: string;
        detail: string;
      };
    expect(await title('en-GB,en;q=0.9,fr;q=0.8')).toEqual(
      expect.objectContaining({ title: 'Not found', detail: 'This event was not found.' }),
    );
    expect((await title('fr;q=0.5, en;q=0.9')).title).toBe('Not found');
    expect((await title('fr, en')).title).toBe('Introuvable');
    expect((await title('EN')).title).toBe('Not found');
    // A header built to hurt (huge, odd) still gets an answer, French.
    expect((await title(`${'x;q=0.1,'.repeat(2000)}zz`)).title).toBe('Introuvable');
  });

  it('answers unknown API paths and conflicts in the asked language too', async () => {
    const unknown = await t.app.request('/api/nowhere', { headers: { 'accept-language': 'en' } });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { title: string }).title).toBe('Not found');
    const malformed = await t.app.request(`/api/events/${event.slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{not json',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { title: string }).title).toBe('Unreadable request');
  });
});
