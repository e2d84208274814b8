import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { mailsTo } from '../support/ses-store.js';
import { axeViolations, describeViolations, screenshot } from './harness.js';

/** Screenshot, then zero WCAG 2.1 AA violations on the page as it stands. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await axeViolations(page);
  expect(violations, `axe, page « ${name} » (${page.url()}) :\n${describeViolations(violations)}`).toEqual(
    [],
  );
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

/** The first link to this hub's server found in the mails an address received, newest mail first. */
export async function linkInMail(address: string, prefix: string): Promise<string> {
  const pattern = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>)]*`);
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const mail of (await mailsTo(address)).reverse()) {
      const match = (mail.body.text ?? mail.body.html ?? '').match(pattern);
      if (match) return match[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no link ${prefix}… in the mail to ${address}`);
}
