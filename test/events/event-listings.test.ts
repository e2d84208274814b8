import { beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { technicalDayBody, webinarBody } from './fixtures.js';

const DAY = 24 * 60 * 60 * 1000;

/** The event cards' titles, in the order the page lists them. */
const listedTitles = (html: string) =>
  [...html.matchAll(/<h2><a href="\/evenements\/[^"]+">([^<]+)<\/a><\/h2>/g)].map((match) => match[1]);

describe('the event lists', () => {
  let t: TestHub;
  let clock: FixedClock;
  let upcoming: HubEvent;
  let recentPast: HubEvent;
  let olderPast: HubEvent;
  let draft: HubEvent;
  let cancelled: HubEvent;

  beforeAll(async () => {
    // Events can only be published before they end: publish a month ago, then come back to today.
    const today = new Date();
    clock = new FixedClock(new Date(today.getTime() - 40 * DAY));
    t = await createTestHub({ clock });
    const publish = async (body: Record<string, unknown>) =>
      t.hub.events.publish((await t.hub.events.create(body as NewEvent)).id);
    const from = clock.now();
    olderPast = await publish(technicalDayBody({ title: 'Journée passée il y a un mois' }, from));
    recentPast = await publish(
      webinarBody({ title: 'Webinaire passé il y a peu' }, new Date(from.getTime() + 20 * DAY)),
    );
    upcoming = await publish(technicalDayBody({ title: 'Journée à venir' }, today));
    draft = await t.hub.events.create(
      technicalDayBody({ title: 'Brouillon jamais publié' }, today) as NewEvent,
    );
    cancelled = await t.hub.events.cancel(
      (await publish(webinarBody({ title: 'Webinaire annulé' }, today))).id,
    );
    clock.set(today);
  });

  async function page(path: string): Promise<string> {
    const response = await t.app.request(path, { headers: { accept: 'text/html' } });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toContain('text/html');
    return response.text();
  }

  it('lists the upcoming published events at /evenements, as the home page does', async () => {
    const html = await page('/evenements');
    expect(listedTitles(html)).toEqual([upcoming.title]);
    expect(html).toContain('<h1>Événements à venir</h1>');
    // Its filters stay on it.
    expect(html).toContain('<form method="get" action="/evenements"');
    expect(html).toContain('<a href="/evenements/passes">Voir les événements passés</a>');
    expect(listedTitles(await page('/'))).toEqual([upcoming.title]);
    expect(listedTitles(await page(`/evenements?type=webinar`))).toEqual([]);
  });

  it('lists the past published events at /evenements/passes, most recent first', async () => {
    const html = await page('/evenements/passes');
    expect(listedTitles(html)).toEqual([recentPast.title, olderPast.title]);
    expect(html).toContain('<h1>Événements passés</h1>');
    expect(html).toContain(`href="/evenements/${recentPast.slug}"`);
  });

  it('never gives an event the slug of the past list', async () => {
    const passes = await t.hub.events.publish(
      (await t.hub.events.create(technicalDayBody({ title: 'Passes' }, new Date()) as NewEvent)).id,
    );
    expect(passes.slug).toBe('passes-2');
    expect(await page('/evenements/passes')).toContain('<h1>Événements passés</h1>');
    expect(await page('/evenements/passes-2')).toContain('Passes');
    await t.hub.events.cancel(passes.id);
  });

  it('lists neither a draft nor a cancelled event', async () => {
    for (const path of ['/evenements', '/evenements/passes']) {
      const html = await page(path);
      expect(html, path).not.toContain(draft.title);
      expect(html, path).not.toContain(cancelled.title);
    }
  });

  it('links the events, the newsletter, its archive and the press kits in every public page header', async () => {
    for (const path of [
      '/',
      '/evenements',
      '/evenements/passes',
      `/evenements/${upcoming.slug}`,
      '/newsletter',
      '/newsletter/archives',
      '/mentions-legales',
      '/kits',
    ]) {
      const html = await page(path);
      const header = html.slice(html.indexOf('<header class="site">'), html.indexOf('</header>'));
      for (const href of ['/evenements', '/newsletter', '/newsletter/archives', '/kits'])
        expect(header, `${path} links ${href}`).toContain(`<a href="${href}">`);
      expect(html, path).toContain('<link rel="icon" type="image/svg+xml" href="/icon.svg"/>');
    }
  });
});
