import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCampaignLoop } from '../../functions/local/campaign-loop.js';
import { seedSubscriber } from '../campaigns/helpers.js';
import { mailsTo } from '../support/ses-store.js';
import { uniqueEmail } from '../support/test-hub.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, linkInMail } from './journeys.js';

describe('the campaign console in Chromium', () => {
  let h: BrowserHarness;
  let stopLoop: () => Promise<void>;
  const staff = uniqueEmail('equipe');
  const subscribers = [uniqueEmail('abonne'), uniqueEmail('abonne'), uniqueEmail('abonne')];
  const subject = `Formations de printemps ${staff}`;

  beforeAll(async () => {
    h = await startBrowserHarness({}, { HUB_STAFF_EMAILS: staff, HUB_SES_MAX_RATE: '500' });
    await h.hub.newsletter.seedTopics();
    for (const email of subscribers) await seedSubscriber(h, email, ['formations'], 'Dominique');
    // The local hub's loop: the worker consumes the in-process campaign queue, as in `npm run local`.
    stopLoop = startCampaignLoop(h.hub);
  });

  afterAll(async () => {
    await stopLoop?.();
    await h?.close();
  });

  it(
    'staff compose a campaign from blocks, see it live, test it, send it and watch its statistics reach 100 %',
    { timeout: 240_000 },
    async () => {
      const page = await h.newPage();

      // Sign in from the mail.
      await page.goto('/connexion');
      await page.getByLabel('Adresse e-mail').fill(staff);
      await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Vérifiez votre messagerie');
      await page.goto(await linkInMail(staff, `${h.baseUrl}/auth/callback?token=`));
      await page.getByRole('button', { name: 'Me connecter' }).click();
      await page.waitForURL('**/admin');

      // The list, reached from the staff navigation.
      await page
        .getByRole('navigation', { name: 'Espace équipe' })
        .getByRole('link', { name: 'Campagnes' })
        .click();
      await page.waitForURL('**/admin/campagnes');
      await expect(page.getByText('Aucune campagne pour l’instant.').isVisible()).resolves.toBe(true);
      await checkPage(page, 'campagnes-liste-vide');

      // The composer: header, audience, blocks.
      await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
      await page.waitForURL('**/admin/campagnes/nouvelle');
      await page.getByLabel('Objet *').fill(subject);
      await page.getByLabel('Texte d’aperçu (facultatif)').fill('Trois formations au recyclage des aimants');
      await page.getByLabel('Formations', { exact: true }).check();
      await page.locator('[name="blocks.0.text"]').fill('Les formations <du> printemps');
      await page
        .locator('[name="blocks.1.text"]')
        .fill('Bonjour {{firstName}},\n\nTrois sessions sont ouvertes à Lyon & Grenoble.');

      // The live preview follows what is typed, before anything is saved.
      const desktop = page.locator('iframe[data-apercu="ordinateur"]');
      await expect
        .poll(() => desktop.getAttribute('srcdoc'), { timeout: 20_000 })
        .toContain('Trois sessions sont ouvertes à Lyon &amp; Grenoble.');
      expect(await page.locator('iframe[data-apercu="telephone"]').getAttribute('width')).toBe('360');
      expect(await desktop.getAttribute('sandbox')).toBe('');
      await checkPage(page, 'campagne-composeur');

      // Without JavaScript's help the form still adds blocks: add a second button, keep what was typed.
      await page.getByLabel('Type de bloc').selectOption('button');
      await page.getByRole('button', { name: 'Ajouter le bloc' }).click();
      await expect.poll(() => page.locator('[name="blocks.3.kind"]').count()).toBe(1);
      await expect(page.getByLabel('Objet *').inputValue()).resolves.toBe(subject);
      await page.locator('[name="blocks.2.label"]').fill('Voir les formations');
      await page.locator('[name="blocks.2.href"]').fill('http://filiere.example/formations');
      await page.locator('[name="blocks.3.label"]').fill('Nous écrire');
      await page.locator('[name="blocks.3.href"]').fill('https://filiere.example/contact');

      // A plain http link is refused beside its field, with a summary linking to it.
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true);
      await checkPage(page, 'campagne-composeur-erreurs');
      await page
        .locator('.error-summary')
        .getByRole('link', { name: /Bloc 3 \(Bouton\) — Adresse du lien/ })
        .click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('blocks.2.href');
      await page.locator('[name="blocks.2.href"]').fill('https://filiere.example/formations');
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

      // The preview page: both widths and the text version.
      await page.waitForURL(/\/apercu\?fait=enregistree$/);
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[3]!);
      await expect(page.getByRole('status').textContent()).resolves.toContain('Le brouillon est enregistré');
      expect(await page.locator('iframe[data-apercu="ordinateur"]').getAttribute('srcdoc')).toContain(
        'Les formations &lt;du&gt; printemps',
      );
      await expect(page.locator('pre[data-apercu="texte"]').textContent()).resolves.toContain(
        'Bonjour Camille,',
      );
      await checkPage(page, 'campagne-apercu');
      // The phone-width frame, scrolled into view (full-page screenshots leave frames below the fold blank).
      await page.locator('iframe[data-apercu="telephone"]').screenshot({
        path: join(process.cwd(), 'test-artifacts', 'campagne-apercu-telephone.png'),
      });

      // A test to the staff address, received by the local SES.
      await page.getByLabel('Adresses de test *').fill(staff);
      await page.getByRole('button', { name: 'Envoyer le test' }).click();
      await page.waitForURL(/\/apercu\?fait=test$/);
      await expect
        .poll(async () => (await mailsTo(staff)).map((mail) => mail.subject))
        .toContain(`[Test] ${subject}`);

      // Send now, confirmed, then follow the results page as the worker sends.
      await page.getByLabel(/^Je confirme l’envoi de cette lettre/).check();
      await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
      await page.waitForURL(`**/admin/campagnes/${id}?fait=envoi`);
      await expect
        .poll(() => page.locator('#progression-texte').textContent(), { timeout: 60_000, interval: 1_000 })
        .toContain('(100\u00a0%)');
      await expect
        .poll(() => page.locator('[data-champ="statut"]').textContent(), { timeout: 30_000 })
        .toBe('Envoyée');
      await expect(
        page.locator('#progression').evaluate((bar) => (bar as HTMLProgressElement).position),
      ).resolves.toBe(1);
      await expect(page.locator('[data-stat="sent"]').textContent()).resolves.toBe('3');
      await checkPage(page, 'campagne-resultats');

      // Every subscriber got exactly one mail, personalised.
      for (const email of subscribers) {
        await expect
          .poll(async () => (await mailsTo(email)).filter((mail) => mail.subject === subject).length)
          .toBe(1);
        const [mail] = (await mailsTo(email)).filter((m) => m.subject === subject);
        expect(mail!.body.html).toContain('Bonjour Dominique,');
      }

      // Duplicate into a new draft, write its MJML by hand, then cancel it after the confirmation step.
      await page.getByRole('button', { name: 'Dupliquer' }).click();
      await page.waitForURL(/\/modifier\?fait=copie$/);
      const copyId = decodeURIComponent(new URL(page.url()).pathname.split('/')[3]!);
      expect(copyId).not.toBe(id);
      await page.getByRole('button', { name: 'Écrire le MJML à la main' }).click();
      await expect(page.getByLabel('Corps de la lettre (MJML) *').inputValue()).resolves.toContain(
        'Les formations &lt;du&gt; printemps',
      );
      await checkPage(page, 'campagne-composeur-mjml');
      await page.goto(`/admin/campagnes/${copyId}`);
      await page.getByRole('link', { name: 'Annuler la campagne…' }).click();
      await checkPage(page, 'campagne-annulation');
      await page.getByRole('button', { name: 'Annuler la campagne' }).click();
      await page.waitForURL(`**/admin/campagnes/${copyId}?fait=annulee`);
      await expect(page.locator('[data-champ="statut"]').textContent()).resolves.toBe('Annulée');

      // Back on the list, the campaign is sent.
      await page.goto('/admin/campagnes');
      const rows = page.getByRole('row').filter({ hasText: subject });
      await expect(rows.allTextContents()).resolves.toEqual([
        expect.stringContaining('Annulée'),
        expect.stringContaining('Envoyée'),
      ]);
      await checkPage(page, 'campagnes-liste');
    },
  );
});
