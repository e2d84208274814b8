import { beforeAll, describe, expect, it } from 'vitest';
import { buildHub } from '../../functions/composition/hub.js';
import { seedDemoData } from '../../functions/local/seed.js';
import { confirmSubject, TOKEN_PURPOSES } from '../../functions/newsletter/newsletter-rules.js';
import { CANCEL_PATH } from '../../functions/registrations/cancellation-link.js';
import type { HubEvent } from '../../functions/events/event.js';
import { cancellationToken, publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { englishPath } from '../../functions/i18n/page-paths.js';
import { htmlErrors } from '../support/html-validator.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';

const BASE = 'http://localhost:3000';
const DAY = 24 * 60 * 60 * 1000;
const BROKEN = 'a broken page';

/** A page to check: a path to GET, or a form to POST there; the status it answers with. */
interface PageRequest {
  path: string;
  status: number;
  form?: Record<string, unknown>;
}

const get = (path: string, status = 200): PageRequest => ({ path, status });
const post = (path: string, form: Record<string, unknown>, status = 200): PageRequest => ({
  path,
  status,
  form,
});

/** Unique even when a page is asked for twice (a cancellation, then the same again). */
const name = (request: PageRequest, index: number) =>
  `#${index + 1} ${request.form ? 'POST' : 'GET'} ${request.path}`;

async function fetchPage(t: TestHub, request: PageRequest): Promise<{ status: number; html: string }> {
  const response = await t.app.request(
    request.path,
    request.form
      ? {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'text/html',
            origin: BASE,
          },
          body: new URLSearchParams(
            Object.entries(request.form).map(([key, value]) => [key, String(value)]),
          ).toString(),
        }
      : { headers: { accept: 'text/html' } },
  );
  return { status: response.status, html: await response.text() };
}

/** The first link of a page whose path starts with `prefix` and goes one segment further. */
async function firstLinkUnder(t: TestHub, page: string, prefix: string): Promise<string> {
  const { html } = await fetchPage(t, get(page));
  const escaped = prefix.replace(/[/.]/g, '\\$&');
  const path = new RegExp(`href="(?:${BASE})?(${escaped}/[\\w-]+)"`).exec(html)?.[1];
  if (!path) throw new Error(`no link under ${prefix} on ${page}`);
  return path;
}

describe('every public page is valid HTML (W3C Nu Html Checker)', () => {
  let t: TestHub;
  const pages: PageRequest[] = [];

  beforeAll(async () => {
    t = await createTestHub();
    // The demo: upcoming, full and past events, a sent and archived letter, a public and a partners' kit.
    expect(await seedDemoData(t.hub, (clock) => buildHub(t.config, t.clients, { clock }))).toBe(true);
    const now = t.hub.clock.now().getTime();
    const events = await t.hub.events.listAll();
    const upcoming = events.filter((event) => Date.parse(event.startsAt) > now);
    const open = upcoming.find((event) => event.kind === 'technical-day')!;
    const webinar = upcoming.find((event) => event.kind === 'webinar')!;
    const full = upcoming.find((event) => event.kind === 'training')!;
    const past = events.find((event) => Date.parse(event.endsAt) < now)!;
    const cancelled: HubEvent = await publishedEvent(t, { title: 'Journée annulée' });
    await t.hub.events.cancel(cancelled.id);
    const moved = await publishedEvent(t, { title: 'Journée déplacée' });
    const later = Date.parse(moved.startsAt) + 7 * DAY;
    await t.hub.events.patch(moved.id, {
      startsAt: new Date(later).toISOString(),
      endsAt: new Date(later + 8 * 3_600_000).toISOString(),
    });

    // A registration to cancel, and a newsletter subscriber at each step of their links.
    const registering = await t.hub.registrations.register(open.slug, {
      ...registrationBody(),
      consent: true,
      newsletter: false,
    });
    if (registering.outcome !== 'created') throw new Error('registration refused');
    const cancelToken = cancellationToken(t, registering.registration);
    const pendingEmail = uniqueEmail('abonnee');
    await t.hub.newsletter.subscribe({
      email: pendingEmail,
      topics: ['webinaires'],
      source: 'newsletter-form',
    });
    const pending = (await t.hub.subscriberStore.get(pendingEmail, t.hub.clock.now()))!.pending!;
    const confirmToken = t.hub.signer.sign(
      TOKEN_PURPOSES.confirm,
      confirmSubject(pendingEmail, pending.nonce),
      new Date(now + DAY),
    );
    const preferencesToken = t.hub.newsletterLinks.preferencesToken(pendingEmail);
    const attendee = registrationBody();
    const letter = await firstLinkUnder(t, '/newsletter/archives', '/newsletter/archives');
    const webVersionToken = t.hub.signer.seal(
      TOKEN_PURPOSES.webVersion,
      `${letter.split('/').pop()}\n${pendingEmail}\nCamille`,
    );

    pages.push(
      get('/'),
      get('/evenements'),
      get('/evenements/passes'),
      get(`/evenements/${open.slug}`),
      get(`/evenements/${webinar.slug}`),
      get(`/evenements/${full.slug}`),
      get(`/evenements/${past.slug}`),
      get(`/evenements/${cancelled.slug}`),
      get(`/evenements/${moved.slug}`),
      get('/evenements/evenement-inconnu', 404),
      // Registration results: confirmed, already registered, waitlisted, refused fields, past event.
      post(`/api/events/${webinar.slug}/registrations`, attendee, 201),
      post(`/api/events/${webinar.slug}/registrations`, attendee),
      post(`/api/events/${full.slug}/registrations`, registrationBody(), 201),
      post(`/api/events/${open.slug}/registrations`, { firstName: '', email: 'pas-une-adresse' }, 400),
      post(`/api/events/${past.slug}/registrations`, registrationBody(), 410),
      // Cancellation: the confirmation step, done, done again, a forged link.
      get(`${CANCEL_PATH}?token=${encodeURIComponent(cancelToken)}`),
      post(CANCEL_PATH, { token: cancelToken }),
      post(CANCEL_PATH, { token: cancelToken }),
      get(`${CANCEL_PATH}?token=faux`, 400),
      // Newsletter: subscribing, refused, confirming, preferences, unsubscribing, forged links.
      get('/newsletter'),
      post(
        '/api/newsletter/subscriptions',
        { email: uniqueEmail('lettre'), topics: 'webinaires', consent: 'on' },
        202,
      ),
      post('/api/newsletter/subscriptions', { email: 'pas-une-adresse' }, 400),
      get(`/newsletter/confirm?token=${encodeURIComponent(confirmToken)}`),
      post('/newsletter/confirm', { token: confirmToken }),
      get('/newsletter/confirm?token=faux', 400),
      get(`/newsletter/preferences?token=${encodeURIComponent(preferencesToken)}`),
      post('/newsletter/preferences', { token: preferencesToken, topics: 'webinaires' }),
      get('/newsletter/preferences?token=faux', 400),
      get(`/newsletter/unsubscribe?token=${encodeURIComponent(preferencesToken)}`),
      post(`/newsletter/unsubscribe?token=${encodeURIComponent(preferencesToken)}`, {
        'List-Unsubscribe': 'One-Click',
      }),
      get('/newsletter/unsubscribe?token=faux', 400),
      get('/newsletter/archives'),
      get(letter),
      get(`${letter}?token=${encodeURIComponent(webVersionToken)}`),
      get('/newsletter/archives/lettre-inconnue', 404),
      // Kits: the list, the public press kit, a kit not open to the public, the update-mail opt-out.
      get('/kits'),
      get(await firstLinkUnder(t, '/kits', '/kits')),
      get('/kits/kit-partenaires', 404),
      get('/kits/desabonnement?jeton=faux'),
      // Signing in, and a link that no longer works.
      get('/connexion'),
      post('/connexion', { email: uniqueEmail('visiteur') }),
      post('/connexion', { email: 'pas-une-adresse' }, 400),
      get('/auth/callback?token=faux', 410),
      // Information pages and a path that leads nowhere.
      get('/accessibilite'),
      get('/mentions-legales'),
      get('/donnees-personnelles'),
      get('/nulle-part', 404),
      // The trainees' signing page, with a code typed or not.
      get('/emargement'),
    );
    // The same pages in English, wherever they have an English path. The confirmation link was used meanwhile.
    const usedConfirmation = `/newsletter/confirm?token=${encodeURIComponent(confirmToken)}`;
    const english = pages.flatMap((request) => {
      const path = request.form ? undefined : englishPath(request.path);
      const status = request.path === usedConfirmation ? 410 : request.status;
      return path ? [{ ...request, path, status }] : [];
    });
    pages.push(...english, get('/en/nowhere', 404));
  }, 180_000);

  it('answers each page with the expected status, and the checker finds zero errors in any', async () => {
    const documents = [];
    const unexpected: string[] = [];
    for (const [index, request] of pages.entries()) {
      const { status, html } = await fetchPage(t, request);
      if (status !== request.status || !/^<!DOCTYPE html>/i.test(html))
        unexpected.push(`${name(request, index)}: ${status} ${html.slice(0, 40)}`);
      documents.push({ name: name(request, index), html });
    }
    expect(unexpected).toEqual([]);
    // Checked in the same run: a clean report means something only if a broken page is reported.
    documents.push({ name: BROKEN, html: '<!DOCTYPE html><html lang="fr"><body><p><div></p></body></html>' });
    const errors = await htmlErrors(documents);
    expect(errors.get(BROKEN)!.length).toBeGreaterThan(0);
    errors.delete(BROKEN);
    const invalid = [...errors].filter(([, messages]) => messages.length > 0);
    expect(invalid.map(([page, messages]) => `${page}\n  ${messages.join('\n  ')}`).join('\n')).toBe('');
    expect(errors.size).toBe(pages.length);
  }, 120_000);
});
