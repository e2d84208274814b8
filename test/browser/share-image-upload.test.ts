import { Jimp } from 'jimp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { publishedEvent } from '../registrations/fixtures.js';
import { signInAsStaff } from '../support/auth.js';
import { uniqueEmail } from '../support/test-hub.js';
import {
  axeViolations,
  describeViolations,
  screenshot,
  scrollsSideways,
  staffPage,
  startBrowserHarness,
  type BrowserHarness,
} from './harness.js';

const image = async (width: number, height: number) =>
  new Jimp({ width, height, color: 0x0b5394ff }).getBuffer('image/png');

describe('the event form’s share image', () => {
  let h: BrowserHarness;
  let page: Page;
  let event: HubEvent;
  const staff = uniqueEmail('equipe');

  beforeAll(async () => {
    h = await startBrowserHarness({}, { HUB_STAFF_EMAILS: staff });
    const cookie = await signInAsStaff(h, staff);
    event = await publishedEvent(h, { title: 'Journée technique de l’image' });
    page = await staffPage(h, cookie);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('refuses an image of the wrong size, then puts a 1200 × 630 one on the public page', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/admin/evenements/${encodeURIComponent(event.id)}/modifier`);
    const input = page.locator('#image-partage-fichier');
    await input.setInputFiles({ name: 'carre.png', mimeType: 'image/png', buffer: await image(630, 630) });
    await page.getByRole('button', { name: 'Envoyer l’image' }).click();
    await expect
      .poll(() => page.locator('#image-partage-etat').textContent(), { timeout: 20_000 })
      .toMatch(/Image refusée.*630 × 630/);
    expect((await h.hub.events.get(event.id)).shareImage).toBeUndefined();

    await input.setInputFiles({ name: 'partage.png', mimeType: 'image/png', buffer: await image(1200, 630) });
    await page.getByRole('button', { name: 'Envoyer l’image' }).click();
    await page.waitForURL(/fait=image$/, { timeout: 20_000 });
    const preview = page.locator('img.share-image-preview');
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 10_000 })
      .toBe(1200);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'evenement-image-de-partage-360');

    const stored = await h.hub.events.get(event.id);
    const publicPage = await h.newPage();
    await publicPage.goto(`/evenements/${event.slug}`);
    const ogImage = await publicPage.locator('meta[property="og:image"]').getAttribute('content');
    expect(ogImage).toContain(`/image-partage/${stored.shareImage!.id}.png`);
    const served = await publicPage.request.get(ogImage!);
    expect(served.status()).toBe(200);

    await page.getByRole('button', { name: /Retirer l’image/ }).click();
    await page.waitForURL(/fait=image-retiree$/);
    expect((await h.hub.events.get(event.id)).shareImage).toBeUndefined();
  });
});
