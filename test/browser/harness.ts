import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { SESSION_COOKIE } from '../../functions/auth/session-cookie.js';
import type { HubOverrides } from '../../functions/composition/hub.js';
import { freePort } from '../../functions/local/free-port.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const require = createRequire(import.meta.url);

/** A test hub served over real HTTP on loopback, and Debian's Chromium to drive it. */
export interface BrowserHarness extends TestHub {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (no cookies) in French, Paris time. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowserHarness(
  overrides: HubOverrides = {},
  env: Record<string, string> = {},
): Promise<BrowserHarness> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The hub's links (mails, redirects) must point at this server.
  const t = await createTestHub(overrides, { ...env, HUB_BASE_URL: baseUrl });
  const server = await listen(t, port);
  // One Chromium serves the whole run (started by the global setup); each harness only connects to it.
  const browser = await chromium.connect(inject('chromiumEndpoint'));
  const contexts: BrowserContext[] = [];
  return {
    ...t,
    baseUrl,
    browser,
    async newPage() {
      // The hub's CSP forbids inline scripts; bypassing it lets the test inject axe-core.
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
        bypassCSP: true,
      });
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Whether the page is wider than the window (a phone would scroll it sideways). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);
}

/** A fresh page already holding a staff session (the cookie a sign-in answered with). */
export async function staffPage(h: BrowserHarness, cookie: string): Promise<Page> {
  const page = await h.newPage();
  await page
    .context()
    .addCookies([{ name: SESSION_COOKIE, value: cookie.split('=').slice(1).join('='), url: h.baseUrl }]);
  return page;
}

function listen(t: TestHub, port: number): Promise<ServerType> {
  return new Promise((resolve) => {
    // By default the server replaces the global Response with its own, on which the headers a middleware adds
    // are lost once the body is read: the next test files of this worker call app.request() and read them.
    const server = serve(
      { fetch: t.app.fetch, port, hostname: '127.0.0.1', overrideGlobalObjects: false },
      () => resolve(server),
    );
  });
}

/** A downloaded file, saved in test-artifacts/: the shared Chromium runs behind a server, so `download.path()` is not ours. */
export async function savedDownload(download: Download): Promise<string> {
  const path = join(ARTIFACTS, 'downloads', download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** WCAG 2.1 A and AA violations that axe-core finds on the current page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // Only violations are read: axe then skips building selectors for every passing node.
      resultTypes: ['violations'],
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
}

/** Readable summary for assertion messages: rule, help and the first offending elements. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
    .join('\n');
}
