import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/test-hub.js';
import { savedDownload, startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, linkInMail } from './journeys.js';

describe('the staff console in Chromium', () => {
  let h: BrowserHarness;
  const staff = uniqueEmail('equipe');

  beforeAll(async () => {
    h = await startBrowserHarness({}, { HUB_STAFF_EMAILS: staff });
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'staff sign in from the mail, create and publish an event with the form, check a visitor in at the door, export the CSV, cancel the event and sign out',
    { timeout: 180_000 },
    async () => {
      const page = await h.newPage();
      const day = DateTime.now().setZone('Europe/Paris').plus({ days: 12 }).toFormat('yyyy-MM-dd');

      // Sign in from the link in the mail.
      await page.goto('/connexion');
      await page.getByLabel('Adresse e-mail').fill(staff);
      await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Vérifiez votre messagerie');
      await checkPage(page, 'equipe-lien-envoye');
      await page.goto(await linkInMail(staff, `${h.baseUrl}/auth/callback?token=`));
      await checkPage(page, 'equipe-lien-connexion');
      await page.getByRole('button', { name: 'Me connecter' }).click();
      await page.waitForURL('**/admin');
      await checkPage(page, 'equipe-tableau-de-bord-vide');

      // The form refuses what is missing, keeps what was typed, and links the summary to the fields.
      await page.getByRole('link', { name: 'Créer un événement' }).click();
      await page.waitForURL('**/admin/evenements/nouveau');
      await checkPage(page, 'equipe-nouvel-evenement');
      await page.getByLabel('Titre *').fill('Atelier démontage des disques durs');
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true);
      await expect(page.getByLabel('Titre *').inputValue()).resolves.toBe(
        'Atelier démontage des disques durs',
      );
      await checkPage(page, 'equipe-nouvel-evenement-erreurs');
      await page
        .locator('.error-summary')
        .getByRole('link', { name: /^Résumé/ })
        .click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('summary');

      // Filled in, in Paris time.
      await page.getByLabel('Résumé *').fill('Extraire les aimants des disques durs usagés, en atelier.');
      await page.getByLabel('Description *').fill('## Programme\n\n- 9 h : accueil\n- 10 h : atelier');
      await page.getByLabel('Début *').fill(`${day}T09:00`);
      await page.getByLabel('Fin *').fill(`${day}T17:00`);
      await page.getByLabel('Nom du lieu (facultatif)').fill('Halle de tri');
      await page.getByLabel('Adresse (facultatif)').fill('12 rue des Usines');
      await page.getByLabel('Ville (facultatif)').fill('Saint-Étienne');
      await page.getByLabel('Nombre de places (facultatif)').fill('20');
      await page.getByLabel('Ouvrir une liste d’attente').check();
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await page.waitForURL(/\/modifier\?fait=cree$/);
      await checkPage(page, 'equipe-modifier-evenement');
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[3]!);
      const created = await h.hub.events.get(id);
      expect(
        DateTime.fromISO(created.startsAt, { setZone: true })
          .setZone('Europe/Paris')
          .toFormat('yyyy-MM-dd HH:mm'),
      ).toBe(`${day} 09:00`);

      // Publish.
      await page.getByRole('button', { name: /^Publier/ }).click();
      await page.waitForURL('**/admin?fait=publie');
      await expect(page.getByRole('status').textContent()).resolves.toContain('L’événement est publié');

      // A visitor registers.
      const visitor = await h.newPage();
      await visitor.goto(`/evenements/${created.slug}`);
      await visitor.getByLabel('Prénom *').fill('Noémie');
      await visitor.getByLabel('Nom *', { exact: true }).fill('Fabre');
      await visitor.getByLabel('Adresse e-mail *').fill(uniqueEmail('noemie'));
      await visitor.getByLabel('Organisation (facultatif)').fill('Recyclerie Loire');
      await visitor.locator('#consent').check();
      await visitor.getByRole('button', { name: 'M’inscrire' }).click();
      await expect.poll(() => visitor.locator('h1').textContent()).toBe('Votre inscription est confirmée');

      // The dashboard shows the registration; the chart has its table.
      await page.goto('/admin');
      await expect(page.locator('figure svg[role="img"] polyline').count()).resolves.toBe(1);
      await checkPage(page, 'equipe-tableau-de-bord');

      // At the door, on a phone: search, check in with one tap.
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/admin/evenements/${encodeURIComponent(id)}/inscriptions`);
      await checkPage(page, 'equipe-inscriptions');
      await page.getByLabel('Rechercher').fill('noemie');
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL(/q=noemie/);
      const checkIn = page.getByRole('button', { name: 'Pointer présent : Noémie Fabre' });
      const box = await checkIn.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await checkIn.click();
      await page.waitForURL(/pointe=/);
      await expect(page.getByRole('status').textContent()).resolves.toBe(
        'Présence enregistrée : Noémie Fabre.',
      );
      await checkPage(page, 'equipe-inscriptions-pointee');
      await page.setViewportSize({ width: 1280, height: 800 });

      // The CSV export, as a spreadsheet opens it.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Exporter en CSV (tableur)' }).click(),
      ]);
      const csv = await readFile(await savedDownload(download), 'utf8');
      expect(download.suggestedFilename()).toBe(`inscriptions-${created.slug}.csv`);
      expect(csv.startsWith('\ufeffPrénom;Nom;E-mail;Organisation')).toBe(true);
      const row = csv.split('\r\n').find((line) => line.startsWith('Noémie;Fabre;'));
      expect(row).toMatch(/;Confirmée;.*;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};/);

      // Cancel: the confirmation step says who will be told.
      await page.goto(`/admin/evenements/${encodeURIComponent(id)}/annuler`);
      await expect(page.locator('main').textContent()).resolves.toContain(
        '1 personne inscrite et 0 personne en liste d’attente recevront un e-mail',
      );
      await checkPage(page, 'equipe-annulation');
      await page.getByRole('button', { name: 'Confirmer l’annulation' }).click();
      await page.waitForURL('**/admin?fait=annule');
      expect((await h.hub.events.get(id)).status).toBe('cancelled');

      // Sign out: the console is closed again.
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto('/admin');
      expect(new URL(page.url()).pathname).toBe('/connexion');
    },
  );
});
