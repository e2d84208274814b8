import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { registrants, twoDayTraining } from '../attendance/attendance-fixtures.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, loadAndWeigh } from './journeys.js';

describe('attendance pages in Chromium', () => {
  let h: BrowserHarness;
  let clock: FixedClock;
  let event: HubEvent;
  let people: Registration[];
  let code: string;

  beforeAll(async () => {
    clock = new FixedClock(new Date());
    h = await startBrowserHarness({ clock, signInMails: new RecordingSignInMails() });
    event = await twoDayTraining(h);
    people = await registrants(h, event, 3);
    clock.set(new Date(Date.parse(event.startsAt) + 5 * 60_000));
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'the trainer’s sheet shows the room code and its QR code, and takes a typed signature',
    { timeout: 90_000 },
    async () => {
      const page = await h.newPage();
      const [name, value] = (await signInAsStaff(h)).split('=') as [string, string];
      await page.context().addCookies([{ name, value, url: h.baseUrl }]);
      const load = await loadAndWeigh(page, `/admin/evenements/${event.id}/emargement`, h.baseUrl);
      expect(load.foreign).toEqual([]);
      await checkPage(page, 'emargement-1-feuille');

      code = ((await page.locator('[data-code-text]').textContent()) ?? '').replace(/\s/g, '');
      expect(code).toMatch(/^[2-9A-Z]{8}$/);
      const qrWidth = await page
        .locator('.room-code img')
        .evaluate((image) => (image as HTMLImageElement).naturalWidth);
      expect(qrWidth).toBeGreaterThan(0);
      // The script has turned the signature area into a drawing surface.
      await expect.poll(() => page.locator('.signature-pad canvas').count()).toBe(1);

      await page
        .getByRole('link', { name: `Faire signer ${people[0]!.firstName} ${people[0]!.lastName}` })
        .click();
      await page.waitForURL(/\/signer\//);
      await checkPage(page, 'emargement-2-signature-appareil');
      await page.getByLabel('Votre nom complet').focus();
      await page.keyboard.type(`${people[0]!.firstName} ${people[0]!.lastName}`);
      await Promise.all([page.waitForURL(/emargement\?creneau=/), page.keyboard.press('Enter')]);
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toMatch(/Signature de .* enregistrée/);
      expect(await page.getByText(/Signé à \d\d:\d\d/).count()).toBe(1);
    },
  );

  it('a trainee signs on their phone by drawing, from the QR code’s link', { timeout: 90_000 }, async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const load = await loadAndWeigh(page, `/emargement?code=${code}`, h.baseUrl);
    expect(load.foreign).toEqual([]);
    await checkPage(page, 'emargement-3-stagiaire');
    expect(await page.getByLabel('Code affiché dans la salle').inputValue()).toBe(code);
    await page.getByLabel('Adresse e-mail d’inscription').fill(people[1]!.email);

    const canvas = page.locator('.signature-pad canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++)
      await page.mouse.move(box.x + 10 + step * 20, box.y + 10 + (step % 3) * 15);
    await page.mouse.up();
    expect(await page.locator('input[name="path"]').inputValue()).toMatch(/^M\d+ \d+( L\d+ \d+)+$/);

    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Signer' }).click()]);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Signature enregistrée');
    await checkPage(page, 'emargement-4-signee');
    const signed = await h.hub.attendance.signatures(event.id);
    const drawn = signed.find((signature) => signature.registrationId === people[1]!.id);
    expect(drawn?.signature).toMatchObject({ path: expect.stringMatching(/^M/) });
    expect(drawn?.via).toBe('code');
  });

  it('a refused code is said beside the fields, in French, and announced', { timeout: 60_000 }, async () => {
    const page = await h.newPage();
    await page.goto('/emargement');
    await page.getByLabel('Code affiché dans la salle').fill('ZZZZ ZZZZ');
    await page.getByLabel('Adresse e-mail d’inscription').fill(people[2]!.email);
    await page.getByLabel('Votre nom complet').fill(`${people[2]!.firstName} ${people[2]!.lastName}`);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Signer' }).click()]);
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/n’est pas \(ou plus\) valable/);
    await checkPage(page, 'emargement-5-refus');
  });
});
