import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/store/keys.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { DynamoKitStore } from '../../functions/kits/dynamo-kit-store.js';
import { newId } from '../../functions/shared/ids.js';
import type { RetentionRun } from '../../functions/rgpd/retention-service.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { partition, publishedEvent, RecordingNotifier } from '../registrations/fixtures.js';
import { itemsMentioning, registerPerson, storedCampaign } from './rgpd-fixtures.js';

const DAY = 86_400_000;
const T0 = new Date('2023-01-10T09:00:00Z');
/** Past the default retention (3 × 365 days) of everything done at T0. */
const T1 = new Date(T0.getTime() + 3 * 365 * DAY + 60 * DAY);

async function request(t: TestHub, email: string, at: Date, expiresAt: Date) {
  await t.hub.subscriberStore.recordRequest(
    {
      email,
      nonce: `n-${email}`,
      topics: ['webinaires'],
      tracking: false,
      consent: { at: at.toISOString(), source: 'newsletter-api', textVersion: 'v1' },
      expiresAt,
    },
    at,
  );
}

async function confirmed(t: TestHub, email: string, at: Date) {
  await request(t, email, at, new Date(at.getTime() + 7 * DAY));
  await t.hub.subscriberStore.confirm(email, `n-${email}`, at);
}

describe('RetentionService.run', () => {
  const clock = new FixedClock(T0);
  let t: TestHub;
  const people = {
    oldSubscriber: uniqueEmail('ancienne'),
    oldUnsubscribed: uniqueEmail('desabonnee'),
    oldRegistrant: uniqueEmail('participante'),
    freshSubscriber: uniqueEmail('recente'),
    freshRegistrant: uniqueEmail('inscrite'),
    expiredRequest: uniqueEmail('jamais-confirmee'),
    pendingRequest: uniqueEmail('a-confirmer'),
  };
  let oldEventId: string;
  let freshEventId: string;
  let kitId: string;
  let first: RetentionRun;
  let second: RetentionRun;

  beforeAll(async () => {
    t = await createTestHub({ clock, notifier: new RecordingNotifier() });
    await t.hub.newsletter.seedTopics();
    await confirmed(t, people.oldSubscriber, T0);
    await t.hub.subscriberStore.unsubscribe(people.oldUnsubscribed, T0);
    const oldEvent = await publishedEvent(t);
    oldEventId = oldEvent.id;
    await registerPerson(t, oldEvent, people.oldRegistrant);
    const oldCampaign = await storedCampaign(t, 'Lettre de janvier 2023');
    await t.hub.campaignStore.claimSend(oldCampaign, people.oldSubscriber, T0, 60_000);
    await t.hub.campaignStore.completeSend(oldCampaign, people.oldSubscriber, 'm-1', T0);
    // Markers as tracking wrote them before it checked consent at each hit.
    for (const [kind, email] of [
      ['click', people.oldSubscriber],
      ['open', people.oldRegistrant],
    ] as const)
      await t.clients.dynamo.send(
        new PutCommand({
          TableName: t.config.HUB_TABLE_NAME,
          Item: { ...keys.engagementMarker(oldCampaign, kind, email), at: T0.toISOString() },
        }),
      );
    const kits = new DynamoKitStore(t.clients.dynamo, t.config.HUB_TABLE_NAME);
    kitId = newId();
    await kits.createKit({
      id: kitId,
      slug: `kit-${kitId.toLowerCase()}`,
      title: 'Kit presse',
      description: 'Logos',
      audience: 'public',
      createdAt: T0.toISOString(),
      latestVersion: 1,
    });
    const download = { kitId, version: 1, via: 'staff' as const };
    await kits.recordDownload({
      ...download,
      id: newId(),
      email: people.oldRegistrant,
      at: T0.toISOString(),
    });
    await t.hub.campaignStore.skipSend(oldCampaign, people.oldRegistrant, 'opted-out', T0);

    clock.set(new Date(T1.getTime() - 10 * DAY));
    const recent = clock.now();
    await confirmed(t, people.freshSubscriber, recent);
    const freshEvent = await publishedEvent(t);
    freshEventId = freshEvent.id;
    await registerPerson(t, freshEvent, people.freshRegistrant);
    const freshCampaign = await storedCampaign(t, 'Lettre récente');
    await t.hub.campaignStore.claimSend(freshCampaign, people.freshSubscriber, recent, 60_000);
    await t.hub.campaignStore.completeSend(freshCampaign, people.freshSubscriber, 'm-2', recent);
    await kits.recordDownload({
      ...download,
      id: newId(),
      email: people.freshRegistrant,
      at: recent.toISOString(),
    });
    await request(t, people.expiredRequest, recent, new Date(T1.getTime() - 3 * DAY));
    await request(t, people.pendingRequest, new Date(T1.getTime() - DAY), new Date(T1.getTime() + 6 * DAY));

    clock.set(T1);
    first = await t.hub.retention.run(clock.now());
    second = await t.hub.retention.run(clock.now());
  });

  it('erases exactly what is older than the retention period, and purges expired requests', () => {
    expect(first).toMatchObject({
      subscribers: 2,
      expiredRequests: 1,
      registrations: 1,
      sendMarkers: 1,
      kitDownloads: 1,
    });
  });

  it('leaves no trace of the people past the period', async () => {
    for (const email of [
      people.oldSubscriber,
      people.oldUnsubscribed,
      people.oldRegistrant,
      people.expiredRequest,
    ])
      expect(await itemsMentioning(t, email), email).toEqual([]);
  });

  it('keeps everything newer, and the old event’s figures', async () => {
    for (const email of [people.freshSubscriber, people.pendingRequest])
      expect(await t.hub.subscriberStore.get(email, T1), email).toBeDefined();
    expect((await partition(t, freshEventId)).registrations.map((r) => r.email)).toEqual([
      people.freshRegistrant,
    ]);
    expect((await t.hub.personData.find(people.freshSubscriber)).campaignSends).toHaveLength(1);
    expect((await partition(t, oldEventId)).event).toMatchObject({ confirmedCount: 1 });
    expect((await t.hub.personData.find(people.freshRegistrant)).kitDownloads).toHaveLength(1);
    const downloads = await new DynamoKitStore(t.clients.dynamo, t.config.HUB_TABLE_NAME).listDownloads(
      kitId,
    );
    expect(downloads).toHaveLength(2);
  });

  it('finds nothing more to do on the next run', () => {
    expect(second).toMatchObject({
      subscribers: 0,
      expiredRequests: 0,
      registrations: 0,
      sendMarkers: 0,
      kitDownloads: 0,
    });
  });
});
