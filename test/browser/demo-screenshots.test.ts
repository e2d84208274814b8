import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHub } from '../../functions/composition/hub.js';
import { seedDemoData } from '../../functions/local/seed.js';
import { campaignBody } from '../campaigns/helpers.js';
import { jsonInit } from '../kits/kit-support.js';
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

const WIDTHS = [360, 1280];

/** The console as a newcomer first sees it after `npm start`: the demo the local hub seeds, in pictures. */
describe('the console with the demo data', () => {
  let h: BrowserHarness;
  let page: Page;
  let draftId: string;

  beforeAll(async () => {
    const staff = uniqueEmail('equipe');
    h = await startBrowserHarness({}, { HUB_STAFF_EMAILS: staff });
    expect(await seedDemoData(h.hub, (clock) => buildHub(h.config, h.clients, { clock }))).toBe(true);
    const cookie = await signInAsStaff(h, staff);
    const created = await h.app.request(
      '/api/admin/campaigns',
      jsonInit(cookie, campaignBody({ subject: 'La lettre de janvier : bilan de la filière' })),
    );
    expect(created.status).toBe(201);
    draftId = ((await created.json()) as { id: string }).id;
    page = await staffPage(h, cookie);
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('fills every dashboard panel, at 360 and 1280 px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/admin');
    const text = await page.locator('main').innerText();
    for (const empty of [
      'Aucun événement à venir',
      'Aucune inscription à représenter',
      'Aucune campagne en cours d’envoi ni programmée',
      'Aucune campagne envoyée',
      'Aucun téléchargement de kit',
    ])
      expect(text, empty).not.toContain(empty);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await scrollsSideways(page), `${width} px`).toBe(false);
      await screenshot(page, `demo-tableau-de-bord-${width}`);
    }
  });

  it('shows the composer of a letter beside the demo, at 360 and 1280 px', async () => {
    await page.goto(`/admin/campagnes/${encodeURIComponent(draftId)}/modifier`);
    await page.locator('iframe[data-apercu="ordinateur"]').waitFor();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await scrollsSideways(page), `${width} px`).toBe(false);
      await screenshot(page, `demo-composeur-${width}`);
    }
  });
});
