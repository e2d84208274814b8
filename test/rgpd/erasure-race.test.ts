import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import {
  partition,
  publishedEvent,
  RecordingNotifier,
  register,
  registrationBody,
} from '../registrations/fixtures.js';
import { itemsMentioning, registerPerson } from './rgpd-fixtures.js';

/** The event's counters match its rows, and every live registration holds its e-mail claim (and only those). */
async function expectConsistent(t: TestHub, event: HubEvent) {
  const { event: stored, registrations, claims, waitlist } = await partition(t, event.id);
  const live = registrations.filter((registration) => registration.status !== 'cancelled');
  expect(stored?.confirmedCount).toBe(registrations.filter((r) => r.status === 'confirmed').length);
  expect(stored?.waitlistedCount).toBe(registrations.filter((r) => r.status === 'waitlisted').length);
  expect(waitlist).toHaveLength(stored?.waitlistedCount ?? 0);
  expect(claims.map((claim) => claim.registrationId).sort()).toEqual(live.map((r) => r.id).sort());
}

describe('an erasure racing the same person’s registrations', () => {
  it('leaves every event consistent, and a second erasure removes whatever the race let in', async () => {
    const t = await createTestHub({ notifier: new RecordingNotifier() });
    const email = uniqueEmail('course');
    const first = await publishedEvent(t, { capacity: 2, waitlist: true });
    const second = await publishedEvent(t, { capacity: 2, waitlist: true });
    await registerPerson(t, first, uniqueEmail('voisine'));
    await registerPerson(t, first, email);
    await registerPerson(t, first, uniqueEmail('en-attente'));

    await Promise.all([
      t.hub.personData.erase(email),
      ...[first, second, first, second].map((event) => register(t, event, registrationBody({ email }))),
    ]);

    await expectConsistent(t, first);
    await expectConsistent(t, second);
    await t.hub.personData.erase(email);
    expect(await itemsMentioning(t, email)).toEqual([]);
    await expectConsistent(t, first);
    await expectConsistent(t, second);
  });
});
