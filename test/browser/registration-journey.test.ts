import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { technicalDayBody } from '../events/fixtures.js';
import { uniqueEmail } from '../support/test-hub.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, focused, linkInMail, tabTo } from './journeys.js';

describe('in Chromium', () => {
  let h: BrowserHarness;
  let event: HubEvent;
  const staff = uniqueEmail('equipe');

  beforeAll(async () => {
    h = await startBrowserHarness({}, { HUB_STAFF_EMAILS: staff });
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
    'staff sign in from the link in the mail, see the event, and sign out',
    { timeout: 90_000 },
    async () => {
      const page = await h.newPage();

      await page.goto('/connexion');
      await checkPage(page, 'equipe-1-connexion');
      await tabTo(page, 'email');
      await page.keyboard.type(staff);
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/connexion'),
        page.keyboard.press('Enter'),
      ]);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Vérifiez votre messagerie');
      await checkPage(page, 'equipe-2-lien-envoye');

      await page.goto(await linkInMail(staff, `${h.baseUrl}/auth/callback?token=`));
      await page.waitForURL('**/admin');
      await expect(page.getByRole('row', { name: new RegExp(event.title) }).textContent()).resolves.toContain(
        'Publié',
      );
      await checkPage(page, 'equipe-3-admin');

      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/admin');
      expect(new URL(page.url()).pathname).toBe('/connexion');
    },
  );
});
