import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { CampaignTracking } from '../../functions/campaigns/campaign-tracking-rules.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { keys } from '../../functions/store/keys.js';
import { uniqueEmail } from '../support/test-hub.js';
import { itemsMentioning } from '../rgpd/rgpd-fixtures.js';
import { form } from '../newsletter/helpers.js';
import {
  campaignStats,
  createCampaign,
  createCampaignHub,
  seedSubscriber,
  trackingLinksOf,
  type CampaignTestHub,
} from './helpers.js';

// Finding 8 of #14: a personal tracking link must stop naming a person who was erased, who withdrew
// their consent, or whose link is older than 90 days; the reader still reaches the link.
const BASE = 'https://hub.filiere-aimants-aura.fr';
const PROGRAMME = 'https://filiere-aimants-aura.fr/evenements';
const DAY = 24 * 60 * 60 * 1000;

describe('tracking honours erasure, withdrawn consent and the 90-day expiry', () => {
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub({}, { HUB_BASE_URL: BASE });
  });

  /** A campaign sent through the real worker to one subscriber who accepted tracking. */
  async function sentToConsentingReader() {
    const email = uniqueEmail('mesure');
    await seedSubscriber(t, email, ['webinaires'], 'Alix');
    await t.hub.subscriberStore.updatePreferences(
      email,
      { topics: ['webinaires'], tracking: true },
      t.hub.clock.now(),
    );
    const id = await createCampaign(t);
    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();
    return { id, email, links: await trackingLinksOf(email, BASE) };
  }

  /** The person's export without its own date: what the hub holds about them. */
  async function exportOf(email: string): Promise<unknown> {
    const response = await t.api(`/api/admin/people/${encodeURIComponent(email)}/export`);
    const { exportedAt: _, ...held } = (await response.json()) as Record<string, unknown>;
    return held;
  }

  /** The per-person open and click markers of a campaign (they hold the address). */
  async function engagementMarkers(campaignId: string): Promise<unknown[]> {
    const { Items } = await t.clients.dynamo.send(
      new QueryCommand({
        TableName: t.config.HUB_TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.campaign(campaignId).pk },
        ConsistentRead: true,
      }),
    );
    return (Items ?? []).filter((item) => /^(OPENED|CLICKED)#/.test(String(item.sk)));
  }

  /** Opens the pixel and follows the first link, as the reader's mail client would. */
  async function readAndClick(links: { pixel: string; clicks: string[] }) {
    const pixel = await t.app.request(links.pixel);
    const click = await t.app.request(links.clicks[0]!);
    expect(pixel.status).toBe(200);
    expect(pixel.headers.get('content-type')).toBe('image/gif');
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toBe(PROGRAMME);
  }

  it('after an erasure, counts a hit only in the anonymous share and keeps the address out of the table', async () => {
    const { id, email, links } = await sentToConsentingReader();
    const erased = await t.api(`/api/admin/people/${encodeURIComponent(email)}`, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    const exported = await exportOf(email);
    const before = await campaignStats(t, id);

    await readAndClick(links);

    expect(await campaignStats(t, id)).toMatchObject({
      opened: before.opened! + 1,
      openedAnonymous: (before.openedAnonymous ?? 0) + 1,
      clicked: before.clicked! + 1,
      clickedAnonymous: (before.clickedAnonymous ?? 0) + 1,
    });
    expect(await engagementMarkers(id)).toEqual([]);
    expect(await itemsMentioning(t, email)).toEqual([]);
    expect(await exportOf(email)).toEqual(exported);
  });

  it('after the consent is withdrawn on the preference page, counts a hit only in the anonymous share', async () => {
    const { id, email, links } = await sentToConsentingReader();
    const token = t.hub.newsletterLinks.preferencesToken(email);
    const withdrawn = await t.app.request('/newsletter/preferences', form({ token, topics: ['webinaires'] }));
    expect(withdrawn.status).toBe(200);
    expect((await t.hub.subscriberStore.get(email, t.hub.clock.now()))?.tracking).toBe(false);
    const exported = await exportOf(email);
    const before = await campaignStats(t, id);

    await readAndClick(links);

    expect(await campaignStats(t, id)).toMatchObject({
      openedAnonymous: (before.openedAnonymous ?? 0) + 1,
      clickedAnonymous: (before.clickedAnonymous ?? 0) + 1,
    });
    expect(await engagementMarkers(id)).toEqual([]);
    expect(await exportOf(email)).toEqual(exported);
  });

  it('names nobody when the erasure lands between the hit and its count', async () => {
    const { id, email, links } = await sentToConsentingReader();
    let erased = false;
    // Runs the erasure right before the count's write leaves for DynamoDB: the consent read (if any) said yes.
    t.clients.dynamo.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { TransactItems?: { Put?: { Item?: { sk?: string } } }[] };
        if (!erased && input.TransactItems?.some((item) => item.Put?.Item?.sk?.startsWith('OPENED#'))) {
          erased = true;
          await t.hub.personData.erase(email);
        }
        return next(args);
      },
      { step: 'initialize', name: 'eraseFirst' },
    );
    try {
      const pixel = await t.app.request(links.pixel);
      expect(pixel.status).toBe(200);
    } finally {
      t.clients.dynamo.middlewareStack.remove('eraseFirst');
    }

    expect(erased).toBe(true);
    expect(await engagementMarkers(id)).toEqual([]);
    expect(await itemsMentioning(t, email)).toEqual([]);
    expect(await campaignStats(t, id)).toMatchObject({ opened: 1, openedAnonymous: 1 });
  });

  it('still counts the person while their consent stands', async () => {
    const { id, email, links } = await sentToConsentingReader();

    await readAndClick(links);

    expect(await campaignStats(t, id)).toMatchObject({ opened: 1, clicked: 1 });
    expect((await campaignStats(t, id)).openedAnonymous ?? 0).toBe(0);
    expect(await engagementMarkers(id)).toHaveLength(2);
    const { campaigns } = (await exportOf(email)) as { campaigns: { openedAt: string | null }[] };
    expect(campaigns[0]?.openedAt).not.toBeNull();
  });

  it('past 90 days, still leads to the link and shows the pixel, but counts nothing', async () => {
    const { id, email } = await sentToConsentingReader();
    const signedAt = (daysAgo: number) =>
      new CampaignTracking(
        t.hub.signer,
        BASE,
        new FixedClock(new Date(t.hub.clock.now().getTime() - daysAgo * DAY)),
      ).forRecipient(id, email);
    const expired = signedAt(91);
    const before = await campaignStats(t, id);

    await readAndClick({
      pixel: expired.open.replace(BASE, ''),
      clicks: [expired.click(0).replace(BASE, '')],
    });

    expect(await campaignStats(t, id)).toEqual(before);
    expect(await engagementMarkers(id)).toEqual([]);

    const recent = signedAt(89);
    await readAndClick({ pixel: recent.open.replace(BASE, ''), clicks: [recent.click(0).replace(BASE, '')] });
    expect(await campaignStats(t, id)).toMatchObject({ opened: before.opened! + 1 });
    expect(await engagementMarkers(id)).toHaveLength(2);
  });

  it('answers hostile or tampered tokens with the French 404 and counts nothing', async () => {
    const { id, links } = await sentToConsentingReader();
    const token = links.clicks[0]!.split('/').pop()!;
    const [subject, expiry, mac] = token.split('.') as [string, string, string];
    const longerLife = (parseInt(expiry, 36) + 365 * 86_400).toString(36);
    const before = await campaignStats(t, id);
    const hostile = [
      `${subject}.${longerLife}.${mac}`,
      `${subject}..${mac}`,
      `${subject}.${expiry}`,
      `${subject}.${expiry}.${mac}.x`,
      'A'.repeat(4000),
      '.x.',
      '%00',
      encodeURIComponent('é.é.é'),
      encodeURIComponent(t.hub.signer.sign('campaign-click', 'pas\nun\njeton', new Date(Date.now() + DAY))),
      encodeURIComponent(t.hub.signer.sign('campaign-open', '\n', new Date(Date.now() + DAY))),
    ];

    for (const path of ['/newsletter/c/', '/newsletter/o/']) {
      for (const value of hostile) {
        const response = await t.app.request(`${path}${value}`);
        expect(response.status, `${path}${value.slice(0, 40)}`).toBe(404);
        expect(await response.text()).toContain('Lien introuvable');
      }
    }
    expect(await campaignStats(t, id)).toEqual(before);
  });
});
