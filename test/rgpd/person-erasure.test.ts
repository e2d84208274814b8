import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import { DynamoSuppressionList } from '../../functions/suppression/dynamo-suppression-list.js';
import { DynamoPersonDataStore } from '../../functions/rgpd/dynamo-person-data-store.js';
import { PersonDataService } from '../../functions/rgpd/person-data-service.js';
import type { PersonDataStore } from '../../functions/rgpd/person-data-store.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { partition, publishedEvent, RecordingNotifier } from '../registrations/fixtures.js';
import { itemsMentioning, personWithEverything, registerPerson } from './rgpd-fixtures.js';

const DAY = 86_400_000;

function erase(t: TestHub, cookie: string, email: string): Promise<Response> {
  return Promise.resolve(
    t.app.request(`/api/admin/people/${encodeURIComponent(email)}`, {
      method: 'DELETE',
      headers: { cookie },
    }),
  );
}

describe('DELETE /api/admin/people/{email}', () => {
  let t: TestHub;
  let cookie: string;
  let notifier: RecordingNotifier;
  let suppression: DynamoSuppressionList;
  beforeAll(async () => {
    notifier = new RecordingNotifier();
    t = await createTestHub({ notifier, signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
    suppression = new DynamoSuppressionList(t.clients.dynamo, t.config.HUB_TABLE_NAME);
  });

  it('leaves no item holding the address, and keeps a complaint unmailable under a hash', async () => {
    const email = uniqueEmail('effacee');
    await personWithEverything(t, email);
    await suppression.suppress(email, 'complaint', t.hub.clock.now());
    expect((await itemsMentioning(t, email)).length).toBeGreaterThan(5);

    const response = await erase(t, cookie, email);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      email,
      erased: {
        newsletterSubscription: 1,
        registrations: 1,
        seatsFreed: 1,
        campaignSends: 2,
        partnerMembership: 1,
        signIns: 1,
        kitDownloadsAnonymised: 1,
        kitFollows: 1,
        campaignsAuthored: 1,
      },
      keptSuppression: 'complaint',
    });
    expect(await itemsMentioning(t, email)).toEqual([]);
    expect([...(await suppression.suppressedAmong([email]))]).toEqual([email]);
  });

  it('drops a soft-bounce count that suppresses nothing', async () => {
    const email = uniqueEmail('rebond-leger');
    await suppression.recordSoftBounce(email, t.hub.clock.now());

    const summary = await (await erase(t, cookie, email)).json();

    expect(summary).toMatchObject({ erased: { softBounceRecord: 1 }, keptSuppression: null });
    expect((await t.hub.personData.find(email)).suppression).toBeUndefined();
  });

  it('gives the seat of an erased registrant of an upcoming event to the first on the waitlist', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const erased = uniqueEmail('place');
    const waiting = uniqueEmail('attente');
    await registerPerson(t, event, erased);
    const waitingId = await registerPerson(t, event, waiting);

    expect((await erase(t, cookie, erased)).status).toBe(200);

    const after = await partition(t, event.id);
    expect(after.event).toMatchObject({ confirmedCount: 1, waitlistedCount: 0 });
    expect(after.registrations.map((r) => [r.email, r.status])).toEqual([[waiting, 'confirmed']]);
    expect(after.claims.map((claim) => claim.registrationId)).toEqual([waitingId]);
    expect(after.waitlist).toEqual([]);
    expect(notifier.of('promoted').map((n) => n.email)).toContain(waiting);
    expect(notifier.sent.filter((n) => n.email === erased && n.kind !== 'confirmed')).toEqual([]);
  });

  it('is idempotent: erasing again finds nothing and answers the same way', async () => {
    const email = uniqueEmail('deux-fois');
    await personWithEverything(t, email);
    expect((await erase(t, cookie, email)).status).toBe(200);

    const again = await erase(t, cookie, email);

    expect(again.status).toBe(200);
    const summary = (await again.json()) as { erased: Record<string, number> };
    expect(Object.values(summary.erased).every((count) => count === 0)).toBe(true);
  });
});

describe('erasure of a past event’s registrant', () => {
  it('deletes the registration and keeps the event’s counters as figures', async () => {
    const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
    const t = await createTestHub({ clock, notifier: new RecordingNotifier() });
    const event = await publishedEvent(t, { capacity: 20 });
    const email = uniqueEmail('passee');
    await registerPerson(t, event, email);
    await registerPerson(t, event, uniqueEmail('autre'));
    clock.advance(60 * DAY);

    const summary = await t.hub.personData.erase(email);

    expect(summary.erased).toMatchObject({ registrations: 1, seatsFreed: 0 });
    const after = await partition(t, event.id);
    expect(after.event).toMatchObject({ confirmedCount: 2 });
    expect(after.registrations).toHaveLength(1);
    expect(after.claims).toHaveLength(1);
    expect(await itemsMentioning(t, email)).toEqual([]);
  });
});

describe('an erasure that fails half-way', () => {
  it('finishes when retried, with nothing left behind', async () => {
    const t = await createTestHub({
      notifier: new RecordingNotifier(),
      signInMails: new RecordingSignInMails(),
    });
    const email = uniqueEmail('interrompue');
    const { event } = await personWithEverything(t, email);
    const real = new DynamoPersonDataStore(t.clients.dynamo, t.config.HUB_TABLE_NAME);
    let failures = 1;
    const flaky: PersonDataStore = Object.assign(Object.create(real) as PersonDataStore, {
      deleteCampaignSends: async (address: string, ids: string[]) => {
        if (failures-- > 0) throw new Error('DynamoDB indisponible');
        return real.deleteCampaignSends(address, ids);
      },
    });
    const service = new PersonDataService({
      store: flaky,
      seats: t.hub.registrations,
      speakers: t.hub.speakers,
      clock: t.hub.clock,
    });

    await expect(service.erase(email)).rejects.toThrow('DynamoDB indisponible');
    const retried = await service.erase(email);

    expect(retried.erased.campaignSends).toBe(2);
    expect(await itemsMentioning(t, email)).toEqual([]);
    expect((await partition(t, event.id)).event).toMatchObject({ confirmedCount: 0, waitlistedCount: 0 });
  });
});
