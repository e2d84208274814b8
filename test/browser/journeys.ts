import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { mailsTo } from '../support/ses-store.js';
import { axeViolations, describeViolations, screenshot } from './harness.js';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * Screenshots at 360 px and 1280 px (test-artifacts/), no sideways scrolling at 360 px, then zero
 * WCAG 2.1 AA violations at the width the page was left at.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-360`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page « ${name} » scrolls sideways at 360 px`).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize(viewport);
  const violations = await axeViolations(page);
  expect(violations, `axe, page « ${name} » (${page.url()}) :\n${describeViolations(violations)}`).toEqual(
    [],
  );
}

export interface PageLoad {
  /** Bytes transferred (headers and bodies) for everything but images. */
  bytes: number;
  /** Requests that left the hub's own origin. */
  foreign: string[];
}

/** Loads a page and weighs what the browser fetched for it. */
export async function loadAndWeigh(page: Page, url: string, origin: string): Promise<PageLoad> {
  const requests: Request[] = [];
  const record = (request: Request) => requests.push(request);
  page.on('request', record);
  try {
    await page.goto(url, { waitUntil: 'load' });
  } finally {
    page.off('request', record);
  }
  let bytes = 0;
  for (const request of requests) {
    if (request.resourceType() === 'image') continue;
    const sizes = await request.sizes();
    bytes += sizes.responseHeadersSize + sizes.responseBodySize;
  }
  const foreign = requests
    .map((request) => request.url())
    .filter((address) => !address.startsWith(`${origin}/`) && !address.startsWith('data:'));
  return { bytes, foreign };
}

export interface FocusedElement {
  tag: string;
  id: string;
  type: string;
}

export async function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return { tag: element?.tagName ?? '', id: element?.id ?? '', type: element?.type ?? '' };
  });
}

/** Presses Tab until the element with this id has the focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, id: string, maxPresses = 60): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).id === id) return;
  }
  throw new Error(`#${id} not reached with ${maxPresses} presses of Tab`);
}

/** The first link to this hub's server found in the mails an address received, newest mail first (a text part writes links as `[url]`). */
export async function linkInMail(address: string, prefix: string): Promise<string> {
  const pattern = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>)\\]]*`);
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const mail of (await mailsTo(address)).reverse()) {
      const match = (mail.body.text ?? mail.body.html ?? '').match(pattern);
      if (match) return match[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no link ${prefix}… in the mail to ${address}`);
}
