import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCampaignLoop } from '../../functions/local/campaign-loop.js';
import { BODY, seedSubscriber } from '../campaigns/helpers.js';
import { rawMailsTo } from '../support/local-mailbox.js';
import { mailsTo, type StoredMail } from '../support/ses-store.js';
import { uniqueEmail } from '../support/test-hub.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, linkInMail, loadAndWeigh } from './journeys.js';

/** The headers of the newest mail to an address, as sent (raw MIME source), unfolded. */
async function sentHeaders(address: string, subject: string): Promise<string> {
  await campaignMailTo(address, subject);
  const [latest] = await rawMailsTo(address);
  const raw = latest?.raw ?? '';
  return raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
}

async function campaignMailTo(address: string, subject: string): Promise<StoredMail> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const mail = (await mailsTo(address)).find((received) => received.subject === subject);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no campaign « ${subject} » for ${address}`);
}

describe('the newsletter pages in Chromium', () => {
  let h: BrowserHarness;
  let stopLoop: () => Promise<void>;

  beforeAll(async () => {
    h = await startBrowserHarness({}, { HUB_SES_MAX_RATE: '500' });
    await h.hub.newsletter.seedTopics();
    stopLoop = startCampaignLoop(h.hub);
  });

  afterAll(async () => {
    await stopLoop?.();
    await h?.close();
  });

  it(
    'a visitor subscribes on the page, confirms from the mail, then leaves in one click from a campaign mail; a mail client’s RFC 8058 POST unsubscribes another with no session',
    { timeout: 180_000 },
    async () => {
      const reader = uniqueEmail('lectrice');
      const other = uniqueEmail('lecteur');
      const page = await h.newPage();

      // The form refuses a subscription without a theme, and keeps what was typed.
      await page.goto('/newsletter');
      await checkPage(page, 'lettre-1-abonnement');
      await page.getByLabel('Adresse e-mail').fill(reader);
      await page.getByLabel('Prénom (facultatif)').fill('Inès');
      await page.locator('#consent').check();
      await page.locator('#tracking').check();
      await page.getByRole('button', { name: 'M’abonner' }).click();
      await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true);
      await expect(page.locator('.error-summary').textContent()).resolves.toContain(
        'Choisissez au moins un thème.',
      );
      await expect(page.getByLabel('Adresse e-mail').inputValue()).resolves.toBe(reader);
      await expect(page.getByLabel('Prénom (facultatif)').inputValue()).resolves.toBe('Inès');
      await expect(page.locator('#consent').isChecked()).resolves.toBe(true);
      await expect(page.locator('#tracking').isChecked()).resolves.toBe(true);
      await checkPage(page, 'lettre-2-abonnement-erreurs');
      await page
        .locator('.error-summary')
        .getByRole('link', { name: /^Thèmes/ })
        .click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('topics');

      // Subscribe.
      await page.getByLabel('Webinaires', { exact: true }).check();
      await page.getByRole('button', { name: 'M’abonner' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Vérifiez votre boîte mail');
      await checkPage(page, 'lettre-3-verifiez');

      // The link of the mail shows a page; only its button confirms.
      await page.goto(await linkInMail(reader, `${h.baseUrl}/newsletter/confirm?token=`));
      await expect(page.locator('h1').textContent()).resolves.toBe('Confirmer mon abonnement');
      await checkPage(page, 'lettre-4-confirmer');
      expect((await h.hub.subscriberStore.get(reader, new Date()))?.status).toBe('pending');
      await page.getByRole('button', { name: 'Confirmer mon abonnement' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Abonnement confirmé');
      await checkPage(page, 'lettre-5-confirme');

      // Preferences.
      await page.getByRole('link', { name: 'Gérer mes préférences' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Mes préférences');
      await checkPage(page, 'lettre-6-preferences');
      await page.getByLabel('Formations', { exact: true }).check();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toBe('Vos préférences sont enregistrées.');
      await checkPage(page, 'lettre-7-preferences-enregistrees');
      expect((await h.hub.subscriberStore.get(reader, new Date()))?.topics.sort()).toEqual([
        'formations',
        'webinaires',
      ]);

      // A campaign reaches both subscribers.
      await seedSubscriber(h, other, ['webinaires']);
      const subject = `Webinaires de décembre ${reader}`;
      const campaign = await h.hub.campaigns.create(
        { subject, audience: { topics: ['webinaires'] }, mjml: BODY },
        'equipe@exemple.fr',
      );
      await h.hub.campaigns.send(campaign.id);
      await campaignMailTo(reader, subject);

      // One click from the mail: GET shows a page, its one button unsubscribes.
      await page.goto(await linkInMail(reader, `${h.baseUrl}/newsletter/unsubscribe?token=`));
      await expect(page.locator('h1').textContent()).resolves.toBe('Se désabonner');
      expect((await h.hub.subscriberStore.get(reader, new Date()))?.status).toBe('confirmed');
      await checkPage(page, 'lettre-8-desabonnement');
      await page.getByRole('button', { name: 'Confirmer le désabonnement' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Désabonnement enregistré');
      await checkPage(page, 'lettre-9-desabonne');
      expect((await h.hub.subscriberStore.get(reader, new Date()))?.status).toBe('unsubscribed');

      // A mail client, from outside the browser: the List-Unsubscribe URL, one form-encoded POST, no cookie.
      const headers = await sentHeaders(other, subject);
      expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      const listUnsubscribe = /^List-Unsubscribe: (.*?)\r?$/m.exec(headers)?.[1] ?? '';
      const url = /<(https?:[^>]+)>/.exec(listUnsubscribe)?.[1];
      expect(listUnsubscribe).toMatch(/<mailto:[^>]+>/);
      expect(url).toMatch(new RegExp(`^${h.baseUrl}/newsletter/unsubscribe\\?token=`));
      const oneClick = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
        redirect: 'manual',
      });
      expect(oneClick.status).toBe(200);
      expect((await h.hub.subscriberStore.get(other, new Date()))?.status).toBe('unsubscribed');
    },
  );

  it(
    'the newsletter page weighs under 100 KB with no third-party request, and its refusals pass axe',
    { timeout: 120_000 },
    async () => {
      const page = await h.newPage();
      const load = await loadAndWeigh(page, '/newsletter', h.baseUrl);
      expect(load.foreign).toEqual([]);
      expect(load.bytes, `${load.bytes} bytes`).toBeLessThan(100 * 1024);

      for (const [path, name, title] of [
        ['/newsletter/confirm?token=faux', 'lettre-lien-invalide', 'Confirmation impossible'],
        ['/newsletter/preferences?token=faux', 'lettre-preferences-invalide', 'Préférences indisponibles'],
        ['/newsletter/unsubscribe?token=faux', 'lettre-desabonnement-invalide', 'Désabonnement impossible'],
      ] as const) {
        const response = await page.goto(path);
        expect(response?.status()).toBeGreaterThanOrEqual(400);
        await expect(page.locator('h1').textContent()).resolves.toBe(title);
        await checkPage(page, name);
      }
    },
  );
});
