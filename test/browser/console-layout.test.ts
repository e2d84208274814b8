import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignBody } from '../campaigns/helpers.js';
import { createKit, createOrganisation, jsonInit } from '../kits/kit-support.js';
import { eventInput, publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
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

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const COMPOSER_SIDE_BY_SIDE = { width: 1200, height: 800 };

/**
 * Every word of a staff table's cells that does not fit on one line: one the browser broke (its range spans
 * two lines) or one wider than its cell's content box (measured with the cell's font on a canvas).
 */
function wordsBrokenInTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const cell of Array.from(document.querySelectorAll<HTMLElement>('main th, main td'))) {
      if (!cell.getClientRects().length || cell.closest('.visually-hidden')) continue;
      const style = getComputedStyle(cell);
      const contentWidth = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        // Words meant for screen readers only are clipped on purpose.
        if (parent.closest('.visually-hidden')) continue;
        canvas.font = getComputedStyle(parent).font;
        // A compound (Marie-Clémentine) may break after its hyphen, as typography allows: its parts are the words.
        for (const match of (node.textContent ?? '').matchAll(/[^\s-]+-?|-/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
          const width = canvas.measureText(match[0]).width;
          if (lines.size > 1 || width > contentWidth + 1)
            broken.push(`« ${match[0]} » (${Math.round(width)} px in a ${Math.round(contentWidth)} px cell)`);
        }
      }
    }
    return broken;
  });
}

describe('the staff console uses the screen', () => {
  let h: BrowserHarness;
  let page: Page;
  let eventId: string;
  let campaignId: string;
  let kitId: string;
  const staff = uniqueEmail('equipe');

  beforeAll(async () => {
    h = await startBrowserHarness({}, { HUB_STAFF_EMAILS: staff });
    const cookie = await signInAsStaff(h, staff);
    await h.hub.newsletter.seedTopics();

    // Tables with long titles, names and addresses, as a busy console has them.
    const event = await publishedEvent(h, {
      title:
        'Journée technique : démantèlement automatisé des moteurs électriques et récupération des aimants',
      capacity: 2,
      waitlist: true,
    });
    eventId = event.id;
    await publishedEvent(h, { kind: 'webinar', title: 'Webinaire : terres rares', venue: undefined });
    await h.hub.events.create(eventInput({ title: 'Brouillon : formation au tri' }, h.hub.clock.now()));
    for (const [firstName, lastName] of [
      ['Marie-Clémentine', 'Delacroix-Beaumarchais'],
      ['Jean', 'Dupont'],
      ['Noémie', 'Fabre'],
    ])
      expect(
        (
          await register(
            h,
            event,
            registrationBody({ firstName, lastName, organisation: 'Recyclerie Loire' }),
          )
        ).status,
      ).toBe(201);

    for (const subject of ['Lettre de décembre : terres rares et recyclage', 'Invitation aux journées']) {
      const created = await h.app.request(
        '/api/admin/campaigns',
        jsonInit(cookie, campaignBody({ subject })),
      );
      expect(created.status).toBe(201);
      campaignId = ((await created.json()) as { id: string }).id;
    }

    const organisation = await createOrganisation(h, cookie, 'Recyclerie des Volcans et de la Loire');
    kitId = (await createKit(h, cookie, { title: 'Kit presse — Journées 2026', audience: 'public' })).id;
    await createKit(h, cookie, {
      title: 'Charte graphique des partenaires',
      audience: { organisations: [organisation] },
    });

    page = await staffPage(h, cookie);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('no table header or cell breaks inside a word at 1280 px, and no page scrolls sideways at 360 px', async () => {
    for (const path of [
      '/admin',
      `/admin/evenements/${encodeURIComponent(eventId)}/inscriptions`,
      '/admin/campagnes',
      '/admin/kits',
      `/admin/kits/${encodeURIComponent(kitId)}`,
    ]) {
      await page.setViewportSize(DESKTOP);
      await page.goto(path);
      expect(new URL(page.url()).pathname, 'signed in').toBe(path);
      expect(await wordsBrokenInTables(page), `${path} at 1280 px`).toEqual([]);
      if (path === '/admin') {
        await screenshot(page, 'console-tableau-de-bord-1280');
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      }
      await page.setViewportSize(PHONE);
      expect(await scrollsSideways(page), `${path} scrolls sideways at 360 px`).toBe(false);
      if (path === '/admin') await screenshot(page, 'console-tableau-de-bord-360');
    }
  });

  it('the composer shows its preview beside the form from 1200 px, below it at 360 px', async () => {
    await page.setViewportSize(COMPOSER_SIDE_BY_SIDE);
    await page.goto(`/admin/campagnes/${encodeURIComponent(campaignId)}/modifier`);
    const form = (await page.locator('#composeur').boundingBox())!;
    const preview = (await page.locator('iframe[data-apercu="ordinateur"]').boundingBox())!;
    expect(preview.x, 'the preview starts right of the form').toBeGreaterThanOrEqual(form.x + form.width);
    expect(preview.y, 'the preview starts beside the form, not below it').toBeLessThan(
      form.y + form.height / 2,
    );
    expect(preview.x + preview.width, 'the desktop preview is whole').toBeLessThanOrEqual(
      COMPOSER_SIDE_BY_SIDE.width,
    );
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'console-composeur-1280');
    await page.setViewportSize(PHONE);
    expect(await scrollsSideways(page), 'the composer scrolls sideways at 360 px').toBe(false);
    await screenshot(page, 'console-composeur-360');
  });
});
