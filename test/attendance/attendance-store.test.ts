import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { registrants, twoDayTraining } from './attendance-fixtures.js';
import type { HubEvent } from '../../functions/events/event.js';

describe('attendance store and service', () => {
  let t: TestHub;
  let clock: FixedClock;
  let event: HubEvent;

  beforeAll(async () => {
    clock = new FixedClock(new Date());
    t = await createTestHub({ clock });
    event = await twoDayTraining(t);
  });

  it('derives the training’s four half-days and reads them back through the reader', async () => {
    const slots = await t.hub.attendance.slots(event.id);
    expect(slots).toHaveLength(4);
    expect(slots[0]!.startsAt).toBe(new Date(event.startsAt).toISOString());
    expect(slots[3]!.endsAt).toBe(new Date(event.endsAt).toISOString());
    expect(await t.hub.attendance.signatures(event.id)).toEqual([]);
  });

  it('keeps the first signature, counts each once, and refuses a closed slot', async () => {
    const [first, second] = await registrants(t, event, 2);
    const [slot] = await t.hub.attendance.slots(event.id);
    clock.set(new Date(slot!.startsAt));
    const signed = await t.hub.attendance.signOnDevice(event.id, slot!.id, first!.id, {
      typedName: 'Stagiaire0 Lefèvre',
    });
    expect(signed.created).toBe(true);
    clock.advance(60_000);
    const again = await t.hub.attendance.signOnDevice(event.id, slot!.id, first!.id, { path: 'M0 0 L5 5' });
    expect(again).toEqual({ created: false, signature: signed.signature });

    const counts = await t.hub.attendance.slotsWithCounts(event.id);
    expect(counts.map((s) => s.signedCount)).toEqual([1, 0, 0, 0]);

    const closed = await t.hub.attendance.close(
      event.id,
      slot!.id,
      { typedName: 'Formatrice' },
      'f@exemple.fr',
    );
    expect(closed.closing).toMatchObject({ closedBy: 'f@exemple.fr', closedAt: clock.now().toISOString() });
    await expect(
      t.hub.attendance.signOnDevice(event.id, slot!.id, second!.id, { typedName: 'Stagiaire1 Lefèvre' }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      t.hub.attendance.close(event.id, slot!.id, { typedName: 'Autre' }, 'g@exemple.fr'),
    ).rejects.toMatchObject({ status: 409 });
    expect((await t.hub.attendance.slots(event.id))[0]!.closing?.closedBy).toBe('f@exemple.fr');

    expect((await t.hub.attendance.signatures(event.id)).map((s) => s.registrationId)).toEqual([first!.id]);
  });
});
