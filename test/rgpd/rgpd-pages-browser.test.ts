import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/test-hub.js';
import { startBrowserHarness, type BrowserHarness } from '../browser/harness.js';
import { checkPage, linkInMail } from '../browser/journeys.js';
import { RecordingNotifier } from '../registrations/fixtures.js';
import { itemsMentioning, personWithEverything } from './rgpd-fixtures.js';

describe('the topics and personal-data staff pages in Chromium', () => {
  let h: BrowserHarness;
  const staff = uniqueEmail('equipe-rgpd');

  beforeAll(async () => {
    h = await startBrowserHarness({ notifier: new RecordingNotifier() }, { HUB_STAFF_EMAILS: staff });
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'staff add and delete a topic, then look up, export and erase a person, every page accessible',
    { timeout: 180_000 },
    async () => {
      const person = uniqueEmail('a-effacer');
      await personWithEverything(h, person);
      const page = await h.newPage();
      await page.goto('/connexion');
      await page.getByLabel('Adresse e-mail').fill(staff);
      await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Vérifiez votre messagerie');
      await page.goto(await linkInMail(staff, `${h.baseUrl}/auth/callback?token=`));
      await page.getByRole('button', { name: 'Me connecter' }).click();
      await page.waitForURL('**/admin');

      await page.getByRole('link', { name: 'Thèmes de la lettre' }).click();
      await page.waitForURL('**/admin/newsletter/themes');
      await checkPage(page, 'equipe-themes');
      await page.getByLabel('Nom *').fill('Réemploi');
      await page.getByLabel('Identifiant *').fill('Réemploi !');
      await page.getByRole('button', { name: 'Ajouter le thème' }).click();
      await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true);
      await expect(page.getByLabel('Nom *').inputValue()).resolves.toBe('Réemploi');
      await checkPage(page, 'equipe-themes-erreurs');
      await page.getByLabel('Identifiant *').fill('reemploi');
      await page.getByRole('button', { name: 'Ajouter le thème' }).click();
      await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Le thème est ajouté');
      await page.getByRole('link', { name: 'Supprimer « Réemploi »' }).click();
      await checkPage(page, 'equipe-theme-suppression');
      await page.getByRole('button', { name: 'Confirmer la suppression' }).click();
      await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Le thème est supprimé');

      await page.getByRole('link', { name: 'Données personnelles' }).first().click();
      await page.waitForURL('**/admin/personnes');
      await checkPage(page, 'equipe-personnes');
      await page.getByLabel('Adresse e-mail *').fill(person);
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(`Données de ${person}`);
      await checkPage(page, 'equipe-personne-resume');
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Exporter (JSON)' }).click();
      expect((await download).suggestedFilename()).toMatch(/^donnees-personnelles-.*\.json$/);
      await page.getByRole('button', { name: 'Effacer' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(`Effacer les données de ${person} ?`);
      await checkPage(page, 'equipe-personne-confirmation');
      await page.getByRole('button', { name: 'Confirmer l’effacement' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(`Données de ${person} effacées`);
      await checkPage(page, 'equipe-personne-effacee');
      expect(await itemsMentioning(h, person)).toEqual([]);
    },
  );
});
