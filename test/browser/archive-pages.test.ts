import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalQueue } from '../../functions/queue/local-queue.js';
import { BODY, seedSubscriber } from '../campaigns/helpers.js';
import { uniqueEmail } from '../support/test-hub.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage } from './journeys.js';

describe('the newsletter archive in Chromium', () => {
  let h: BrowserHarness;
  let id: string;

  beforeAll(async () => {
    const queue = new LocalQueue({ visibilityTimeoutMs: 20, maxReceiveCount: 5 });
    h = await startBrowserHarness({ campaignQueue: queue }, { HUB_SES_MAX_RATE: '500' });
    await h.hub.newsletter.seedTopics();
    await seedSubscriber(h, uniqueEmail('archives'), ['webinaires'], 'Zoé');
    const campaign = await h.hub.campaigns.create(
      {
        subject: 'Lettre de décembre : terres rares et recyclage',
        preheader: 'Au programme : un webinaire et une journée technique.',
        audience: { topics: ['webinaires'] },
        mjml: BODY,
      },
      'equipe',
    );
    id = campaign.id;
    await h.hub.campaigns.send(id);
    await queue.drain((batch) => h.hub.campaignWorker.handleBatch(batch));
  });

  afterAll(async () => {
    await h?.close();
  });

  it('the list and a letter’s web version pass axe, at 360 and 1280 px', { timeout: 120_000 }, async () => {
    const page = await h.newPage();

    await page.goto('/newsletter/archives');
    await checkPage(page, 'archives-liste');
    await page.getByRole('link', { name: 'Lettre de décembre : terres rares et recyclage' }).click();
    await page.waitForURL(`**/newsletter/archives/${id}`);
    await checkPage(page, 'archives-version-en-ligne');

    await expect(page.title()).resolves.toBe('Lettre de décembre : terres rares et recyclage');
    await expect(page.getByText('Le prochain webinaire porte sur').isVisible()).resolves.toBe(true);
  });
});
