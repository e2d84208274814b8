import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../functions/shared/errors.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier, partition, publishedEvent, registerInOrder } from './fixtures.js';

describe('staff moving someone from the waitlist by hand', () => {
  let t: TestHub;
  let notifier: RecordingNotifier;
  beforeAll(async () => {
    notifier = new RecordingNotifier();
    t = await createTestHub({ notifier });
  });

  it('gives the chosen person a seat out of turn, one more seat when full, and mails them', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const [, first, second] = await registerInOrder(t, event, 3);

    const result = await t.hub.registrations.promoteOne(event.id, second!.id);

    expect(result).toMatchObject({ seatAdded: true, registration: { id: second!.id, status: 'confirmed' } });
    const stored = await partition(t, event.id);
    expect(stored.event).toMatchObject({ capacity: 2, confirmedCount: 2, waitlistedCount: 1 });
    expect(stored.waitlist.map((entry) => entry.registrationId)).toEqual([first!.id]);
    expect(notifier.of('promoted').map((n) => n.registrationId)).toContain(second!.id);
  });

  it('takes a free seat without touching the capacity when there is one', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const [, waiting] = await registerInOrder(t, event, 2);
    // A seat freed with nobody promoted: what a failed automatic promotion leaves behind.
    await t.hub.eventStore.update(event.id, {
      changes: { capacity: 2 },
      updatedAt: new Date().toISOString(),
    });

    const result = await t.hub.registrations.promoteOne(event.id, waiting!.id);

    expect(result.seatAdded).toBe(false);
    expect((await partition(t, event.id)).event).toMatchObject({
      capacity: 2,
      confirmedCount: 2,
      waitlistedCount: 0,
    });
  });

  it('refuses, in French, someone who is not waiting', async () => {
    const event = await publishedEvent(t, { capacity: 5, waitlist: true });
    const [confirmed] = await registerInOrder(t, event, 1);

    const refusal = await t.hub.registrations.promoteOne(event.id, confirmed!.id).catch((error) => error);

    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal).toMatchObject({
      status: 409,
      detail: 'Cette personne n’est pas sur la liste d’attente.',
    });
    expect((await partition(t, event.id)).event).toMatchObject({ capacity: 5, confirmedCount: 1 });
  });

  it('promotes a person once when two staff members press the button at the same moment', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const [, waiting] = await registerInOrder(t, event, 2);
    const before = notifier.of('promoted').length;

    const outcomes = await Promise.allSettled([
      t.hub.registrations.promoteOne(event.id, waiting!.id),
      t.hub.registrations.promoteOne(event.id, waiting!.id),
    ]);

    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await partition(t, event.id)).event).toMatchObject({
      capacity: 2,
      confirmedCount: 2,
      waitlistedCount: 0,
    });
    expect(notifier.of('promoted').length - before).toBe(1);
  });

  it('keeps the counts true when a cancellation promotes the same person at the same moment', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const [holder, waiting, last] = await registerInOrder(t, event, 3);

    await Promise.allSettled([
      t.hub.registrations.promoteOne(event.id, waiting!.id),
      t.hub.registrationStore.cancel(event.id, holder!.id, new Date()),
    ]);

    const stored = await partition(t, event.id);
    const confirmed = stored.registrations.filter((r) => r.status === 'confirmed');
    const waitlisted = stored.registrations.filter((r) => r.status === 'waitlisted');
    expect(confirmed.map((r) => r.id)).toContain(waiting!.id);
    expect(stored.event!.confirmedCount).toBe(confirmed.length);
    expect(stored.event!.waitlistedCount).toBe(waitlisted.length);
    expect(stored.event!.confirmedCount).toBeLessThanOrEqual(stored.event!.capacity!);
    expect(stored.waitlist.map((entry) => entry.registrationId)).toEqual(waitlisted.map((r) => r.id));
    expect(waitlisted.map((r) => r.id).concat(confirmed.map((r) => r.id))).toContain(last!.id);
  });
});
