import { buffer as readAll } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import yauzl from 'yauzl';
import { EMPTY_STATS } from '../../functions/campaigns/campaign.js';
import type { Page } from 'playwright-core';
import { signInAsStaff } from '../support/auth.js';
import { uniqueEmail } from '../support/test-hub.js';
import {
  SVG,
  createKit,
  createOrganisation,
  jsonInit,
  newVersion,
  publish,
  sha256,
  uploadAsset,
} from '../kits/kit-support.js';
import { savedDownload, startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, linkInMail, loadAndWeigh } from './journeys.js';

const PRESS_RELEASE = 'Communiqué : la filière recycle ses premiers aimants en Auvergne-Rhône-Alpes.\n';
const CHARTER = 'Charte graphique réservée aux partenaires.\n';

/** Every entry of a ZIP file, read with yauzl (independent of the library that wrote it). */
function unzip(path: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError);
          readAll(stream).then((body) => {
            entries.set(entry.fileName, sha256(body));
            zip.readEntry();
          }, reject);
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function signInThroughThePage(page: Page, email: string, baseUrl: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('Vérifiez votre messagerie');
  await page.goto(await linkInMail(email, `${baseUrl}/auth/callback?token=`));
  await page.getByRole('button', { name: 'Me connecter' }).click();
}

describe('the kits pages in Chromium', () => {
  let h: BrowserHarness;
  let cookie: string;
  const staff = uniqueEmail('equipe');
  const partner = uniqueEmail('partenaire');
  let pressKit: { id: string; slug: string };
  let partnerKit: { id: string; slug: string };

  beforeAll(async () => {
    h = await startBrowserHarness({}, { HUB_STAFF_EMAILS: staff });
    cookie = await signInAsStaff(h, staff);
    const organisation = await createOrganisation(h, cookie, 'Recyclerie des Volcans');
    const invited = await h.app.request(
      `/api/admin/organisations/${organisation}/members`,
      jsonInit(cookie, { email: partner, name: 'Camille Partenaire' }),
    );
    expect(invited.status).toBe(201);

    pressKit = await createKit(h, cookie, {
      title: 'Kit presse — Journées 2026',
      description: 'Logos et communiqué pour la presse.',
      audience: 'public',
    });
    const pressVersion = await newVersion(h, cookie, pressKit.id);
    await uploadAsset(h, cookie, pressKit.id, pressVersion, {
      name: 'logo.svg',
      contentType: 'image/svg+xml',
      body: SVG,
    });
    await uploadAsset(h, cookie, pressKit.id, pressVersion, {
      name: 'communique.txt',
      contentType: 'text/plain',
      body: PRESS_RELEASE,
    });
    await publish(h, cookie, pressKit.id, pressVersion);

    partnerKit = await createKit(h, cookie, {
      title: 'Kit partenaires — charte et modèles',
      description: 'Réservé aux organisations partenaires.',
      audience: 'partners',
    });
    const partnerVersion = await newVersion(h, cookie, partnerKit.id, 'Première version');
    await uploadAsset(h, cookie, partnerKit.id, partnerVersion, {
      name: 'logo-partenaires.svg',
      contentType: 'image/svg+xml',
      body: SVG,
    });
    await uploadAsset(h, cookie, partnerKit.id, partnerVersion, {
      name: 'charte.txt',
      contentType: 'text/plain',
      body: CHARTER,
    });
    await publish(h, cookie, partnerKit.id, partnerVersion);
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'a partner signs in from the mail, opens the reserved kit and downloads it as one ZIP holding every file',
    { timeout: 180_000 },
    async () => {
      const page = await h.newPage();

      // Signed out, the reserved kit is not offered.
      await page.goto('/kits');
      await expect(
        page.getByRole('link', { name: 'Kit partenaires — charte et modèles' }).count(),
      ).resolves.toBe(0);

      await signInThroughThePage(page, partner, h.baseUrl);
      await page.waitForURL('**/kits');
      await checkPage(page, 'kits-portail-partenaire');
      await page.getByRole('link', { name: 'Kit partenaires — charte et modèles' }).click();
      await page.waitForURL(`**/kits/${partnerKit.slug}`);
      await checkPage(page, 'kits-kit-partenaire');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /^Tout télécharger \(ZIP/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${partnerKit.slug}-v1.zip`);
      const entries = await unzip(await savedDownload(download));
      expect([...entries.keys()].sort()).toEqual(['charte.txt', 'logo-partenaires.svg']);
      expect(entries.get('charte.txt')).toBe(sha256(CHARTER));
      expect(entries.get('logo-partenaires.svg')).toBe(sha256(SVG));

      // The audit counts it for the partner's organisation.
      const downloads = await h.hub.kits.downloads(partnerKit.id);
      expect(downloads.map(({ email, assetId }) => ({ email, assetId }))).toEqual([
        { email: partner, assetId: undefined },
      ]);
    },
  );

  it(
    'the public press kit pages pass axe, fit 360 px and weigh under 100 KB with nothing from a third party',
    { timeout: 120_000 },
    async () => {
      const page = await h.newPage();
      // Kit files and previews come from the hub's own bucket (S3; s3rver here), never from a third party.
      const bucket = new URL(inject('s3Endpoint')).origin;
      for (const [path, name] of [
        ['/kits', 'kits-public-liste'],
        [`/kits/${pressKit.slug}`, 'kits-public-kit'],
      ] as const) {
        const load = await loadAndWeigh(page, path, h.baseUrl);
        expect(load.foreign.filter((address) => !address.startsWith(`${bucket}/`))).toEqual([]);
        expect(load.bytes, `${path}: ${load.bytes} bytes`).toBeLessThan(100 * 1024);
        await checkPage(page, name);
      }

      for (const [path, name, status] of [
        ['/kits/inconnu', 'kits-introuvable', 404],
        [`/kits/${partnerKit.slug}`, 'kits-reserve-deconnecte', 404],
        ['/kits/desabonnement?token=faux', 'kits-desabonnement', 200],
        ['/auth/callback?token=perime', 'connexion-lien-perime', 410],
        ['/page-qui-n-existe-pas', 'page-introuvable', 404],
      ] as const) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(status);
        await checkPage(page, name);
      }
    },
  );

  it(
    'the staff kit pages and the dashboard with its panels pass axe and mark their section',
    { timeout: 120_000 },
    async () => {
      const now = new Date().toISOString();
      const base = {
        audience: { topics: ['webinaires'] },
        mjml: '<mj-text>Bonjour</mj-text>',
        html: '<p>Bonjour</p>',
        text: 'Bonjour',
        round: 1,
        pendingMessages: 0,
        createdBy: staff,
        createdAt: now,
        updatedAt: now,
      };
      await h.hub.campaignStore.create({
        ...base,
        id: 'campagne-en-cours',
        subject: 'Lettre en cours d’envoi',
        status: 'sending',
        stats: { ...EMPTY_STATS, audience: 200, sent: 80 },
      });
      await h.hub.campaignStore.create({
        ...base,
        id: 'campagne-envoyee',
        subject: 'Lettre d’octobre',
        status: 'sent',
        sentAt: now,
        stats: {
          ...EMPTY_STATS,
          audience: 120,
          sent: 120,
          delivered: 117,
          bounced: 3,
          opened: 40,
          clicked: 9,
        },
      });
      await h.hub.suppression.suppress(uniqueEmail('inconnue'), 'bounce', new Date());
      await h.hub.suppression.recordSoftBounce(uniqueEmail('pleine'), new Date());

      const page = await h.newPage();
      await signInThroughThePage(page, staff, h.baseUrl);
      await page.waitForURL('**/admin');
      await expect(page.locator('progress').count()).resolves.toBe(1);
      await expect(page.getByLabel(/80\u00a0envoyés sur 200\u00a0destinataires/).count()).resolves.toBe(1);
      await checkPage(page, 'equipe-tableau-de-bord-panneaux');

      // With JavaScript, the bar follows the sending without a reload.
      await h.hub.campaignStore.addStats('campagne-en-cours', { sent: 70 });
      await expect
        .poll(() => page.locator('label[for="envoi-campagne-en-cours"]').textContent(), { timeout: 15_000 })
        .toBe('150\u00a0envoyés sur 200\u00a0destinataires (75\u00a0%)');
      await expect(page.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value)).resolves.toBe(
        150,
      );

      await page
        .getByRole('navigation', { name: 'Espace équipe' })
        .getByRole('link', { name: 'Kits et partenaires' })
        .click();
      await page.waitForURL('**/admin/kits');
      const current = page
        .getByRole('navigation', { name: 'Espace équipe' })
        .locator('[aria-current="page"]');
      await expect(current.textContent()).resolves.toBe('Kits et partenaires');
      await checkPage(page, 'equipe-kits');

      // The creation form refuses a missing title and keeps what was chosen.
      await page.getByLabel('Description').fill('Photos des journées techniques');
      await page.getByLabel('Tout le monde (kit presse public)').check();
      await page.getByRole('button', { name: 'Créer le kit' }).click();
      await expect.poll(() => page.locator('#title-error').isVisible()).toBe(true);
      await expect(page.getByLabel('Description').inputValue()).resolves.toBe(
        'Photos des journées techniques',
      );
      await expect(page.getByLabel('Tout le monde (kit presse public)').isChecked()).resolves.toBe(true);
      await checkPage(page, 'equipe-kits-erreurs');

      await page.goto(`/admin/kits/${partnerKit.id}`);
      await expect(current.textContent()).resolves.toBe('Kits et partenaires');
      await checkPage(page, 'equipe-kit');

      // Removing a file from a version in preparation asks first, and says what it changes.
      await page.getByRole('button', { name: 'Préparer une nouvelle version' }).click();
      await page.waitForURL(/fait=version/);
      await page.getByRole('link', { name: 'Retirer… charte.txt' }).click();
      await expect(page.locator('h1').textContent()).resolves.toBe('Retirer « charte.txt » ?');
      await checkPage(page, 'equipe-kit-retrait');
      await page.getByRole('button', { name: 'Confirmer le retrait' }).click();
      await page.waitForURL(/fait=retire/);
      const draft = (await h.hub.kits.versionsWithAssets(partnerKit.id))[0]!;
      expect(draft.version.status).toBe('draft');
      expect(draft.assets.map((asset) => asset.name)).toEqual(['logo-partenaires.svg']);
    },
  );
});
