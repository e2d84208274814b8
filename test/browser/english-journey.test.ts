import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { technicalDayBody } from '../events/fixtures.js';
import { uniqueEmail } from '../support/test-hub.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, focused, loadAndWeigh, tabTo } from './journeys.js';

describe('in Chromium, in English', () => {
  let h: BrowserHarness;
  let event: HubEvent;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const draft = await h.hub.events.create(
      technicalDayBody({ title: 'Journée technique : aimants en anglais' }) as NewEvent,
    );
    event = await h.hub.events.publish(draft.id);
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'a visitor switches to English, registers from /en/events/{slug} with the keyboard and reads the answer in English',
    { timeout: 90_000 },
    async () => {
      const page = await h.newPage();
      const email = uniqueEmail('visitor');
      const answers: Record<string, string> = { firstName: 'Sam', lastName: 'Taylor', email };

      await page.goto(`/evenements/${event.slug}`);
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await page.waitForURL(`**/en/events/${event.slug}`);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await expect.poll(() => page.locator('#inscription-titre').textContent()).toBe('Registration');
      await checkPage(page, 'en-1-event');

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

      await expect.poll(() => page.locator('h1').textContent()).toBe('Your registration is confirmed');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await checkPage(page, 'en-2-confirmation');
      // The page posted its language with the form; the mails that follow it are the other half of issue #17.
      const registrations = await h.hub.registrations.listForEvent(event.id);
      expect(registrations.map((r) => r.email)).toContain(email);

      // Back to French from the switch, on the event page.
      await page.goto(`/en/events/${event.slug}`);
      await page.getByRole('link', { name: 'Lire cette page en français' }).click();
      await page.waitForURL(`**/evenements/${event.slug}`);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    },
  );

  it(
    'an English visitor who submits an empty form reads the errors in English beside the fields',
    { timeout: 60_000 },
    async () => {
      const page = await h.newPage();
      await page.goto(`/en/events/${event.slug}`);
      await tabTo(page, 'firstName');
      await page.getByRole('button', { name: 'Register' }).press('Enter');
      await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true);
      await expect.poll(() => page.locator('#firstName-erreur').textContent()).toBe('Enter your first name.');
      await expect(page.locator('#firstName').getAttribute('aria-invalid')).resolves.toBe('true');
      await checkPage(page, 'en-errors');
    },
  );

  it(
    'every English public page passes axe, fits 360 px, and weighs under 100 KB with no third-party request',
    { timeout: 120_000 },
    async () => {
      const page = await h.newPage();
      const pages: [string, string][] = [
        ['/en/', 'en-home'],
        ['/en/events', 'en-events'],
        ['/en/events/past', 'en-past-events'],
        [`/en/events/${event.slug}`, 'en-event'],
        ['/en/events/unknown', 'en-event-not-found'],
        ['/en/registrations/cancel?token=forged', 'en-invalid-link'],
        ['/en/newsletter', 'en-newsletter'],
        ['/en/newsletter/archives', 'en-archive'],
        ['/en/kits', 'en-kits'],
        ['/en/sign-in', 'en-sign-in'],
        ['/en/legal-notice', 'en-legal-notice'],
        ['/en/personal-data', 'en-personal-data'],
        ['/en/accessibility', 'en-accessibility'],
        ['/en/nowhere', 'en-404'],
      ];
      for (const [path, name] of pages) {
        const load = await loadAndWeigh(page, `${h.baseUrl}${path}`, h.baseUrl);
        expect(load.foreign, path).toEqual([]);
        expect(load.bytes, path).toBeLessThan(100_000);
        expect(await page.locator('html').getAttribute('lang'), path).toBe('en');
        await checkPage(page, name);
      }
    },
  );
});
