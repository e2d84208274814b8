import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { technicalDayBody } from '../events/fixtures.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';

describe('an event page with its JSON-LD under the page policy (Chromium, policy enforced)', () => {
  let h: BrowserHarness;
  let event: HubEvent;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const draft = await h.hub.events.create(
      technicalDayBody({ title: 'Données structurées </script><script>alert(1)</script>' }) as NewEvent,
    );
    event = await h.hub.events.publish(draft.id);
  });

  afterAll(async () => {
    await h.close();
  });

  it('reports no policy violation, runs nothing, and exposes the Event to a JSON reader', async () => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl });
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { violations: string[] }).violations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(`/evenements/${event.slug}`);
      const violations = await page.evaluate(
        () => (window as unknown as { violations: string[] }).violations,
      );
      expect(violations).toEqual([]);
      expect(dialogs).toEqual([]);
      const data = await page.evaluate(() =>
        Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) =>
          JSON.parse(s.textContent!),
        ),
      );
      expect(data).toHaveLength(1);
      expect(data[0]).toMatchObject({ '@type': 'Event', name: event.title });
    } finally {
      await context.close();
    }
  });
});
