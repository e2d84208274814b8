import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { technicalDayBody } from '../events/fixtures.js';
import { uniqueEmail } from '../support/test-hub.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, focused, linkInMail, loadAndWeigh, tabTo } from './journeys.js';

describe('in Chromium', () => {
  let h: BrowserHarness;
  let event: HubEvent;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const draft = await h.hub.events.create(
      technicalDayBody({ title: 'Journée technique : démontage des moteurs à aimants' }) as NewEvent,
    );
    event = await h.hub.events.publish(draft.id);
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'a visitor registers with the keyboard only, then cancels from the link in the mail',
    { timeout: 90_000 },
    async () => {
      const page = await h.newPage();
      const email = uniqueEmail('visiteuse');
      const answers: Record<string, string> = {
        firstName: 'Camille',
        lastName: 'Durand',
        email,
        organisation: 'MagREESource',
        role: 'Ingénieure procédés',
      };

      await page.goto('/');
      await checkPage(page, 'public-1-liste');
      await page.getByRole('link', { name: event.title }).click();
      await page.waitForURL(`**/evenements/${event.slug}`);
      await checkPage(page, 'public-2-evenement');

      await tabTo(page, 'firstName');
      const eventUrl = page.url();
      for (let step = 0; step < 30; step++) {
        const { tag, id, type } = await focused(page);
        if (id in answers) await page.keyboard.type(answers[id]!);
        else if (id === 'consent') await page.keyboard.press('Space');
        else if (tag === 'BUTTON' && type === 'submit') {
          await Promise.all([
            page.waitForURL((url) => url.toString() !== eventUrl),
            page.keyboard.press('Enter'),
          ]);
          break;
        }
        await page.keyboard.press('Tab');
      }

      await expect.poll(() => page.locator('h1').textContent()).toBe('Votre inscription est confirmée');
      await checkPage(page, 'public-3-confirmation');

      await page.goto(await linkInMail(email, `${h.baseUrl}/inscriptions/annuler?token=`));
      await expect.poll(() => page.locator('h1').textContent()).toBe('Annuler mon inscription');
      await checkPage(page, 'public-4-annulation');
      await page.getByRole('button', { name: 'Confirmer l’annulation' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Votre inscription est annulée');
      await checkPage(page, 'public-5-annulee');
    },
  );

  it(
    'a visitor who submits an empty form sees the errors beside the fields',
    { timeout: 60_000 },
    async () => {
      const page = await h.newPage();

      await page.goto(`/evenements/${event.slug}`);
      await tabTo(page, 'firstName');
      await page.getByRole('button', { name: 'M’inscrire' }).press('Enter');

      await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true);
      await expect(page.locator('#firstName').getAttribute('aria-invalid')).resolves.toBe('true');
      await checkPage(page, 'public-erreurs');
    },
  );

  it(
    'every public page passes axe, fits 360 px, and weighs under 100 KB with no third-party request',
    { timeout: 120_000 },
    async () => {
      const page = await h.newPage();
      const month = event.startsAt.slice(0, 7);
      const pages: [string, string][] = [
        ['/', 'public-liste'],
        [`/?type=${event.kind}&mois=${month}`, 'public-liste-filtree'],
        ['/?type=webinar&mois=2000-01', 'public-liste-vide'],
        ['/evenements', 'public-evenements'],
        ['/evenements/passes', 'public-evenements-passes'],
        [`/evenements/${event.slug}`, 'public-evenement'],
        ['/evenements/inconnu', 'public-introuvable'],
        ['/inscriptions/annuler?token=faux', 'public-lien-invalide'],
        ['/mentions-legales', 'public-mentions-legales'],
        ['/donnees-personnelles', 'public-donnees-personnelles'],
        ['/accessibilite', 'public-accessibilite'],
        ['/connexion', 'public-connexion'],
      ];

      for (const [path, name] of pages) {
        const load = await loadAndWeigh(page, path, h.baseUrl);
        expect(load.foreign, `${path}: third-party requests`).toEqual([]);
        expect(load.bytes, `${path}: ${load.bytes} bytes`).toBeLessThan(100 * 1024);
        await checkPage(page, name);
      }
    },
  );

  it(
    'the filters of the event list work with the keyboard and without JavaScript',
    { timeout: 60_000 },
    async () => {
      const context = await h.browser.newContext({
        baseURL: h.baseUrl,
        javaScriptEnabled: false,
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      try {
        await page.goto('/');
        await page.selectOption('#type', 'webinar');
        await Promise.all([
          page.waitForURL(/type=webinar/),
          page.getByRole('button', { name: 'Filtrer' }).press('Enter'),
        ]);

        await expect(page.locator('#type').inputValue()).resolves.toBe('webinar');
        await expect(page.getByText('Aucun événement ne correspond à ce choix.').isVisible()).resolves.toBe(
          true,
        );
      } finally {
        await context.close();
      }
    },
  );
});
