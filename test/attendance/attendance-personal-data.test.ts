import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { partition } from '../registrations/fixtures.js';
import { registrants, twoDayTraining } from './attendance-fixtures.js';

const DAY = 86_400_000;

/** Signs every slot of the event for these people, on the trainer's device, and closes the first slot. */
async function attend(t: TestHub, clock: FixedClock, event: HubEvent, people: Registration[]) {
  const slots = await t.hub.attendance.slots(event.id);
  for (const slot of slots) {
    clock.set(new Date(slot.startsAt));
    for (const person of people)
      await t.hub.attendance.signOnDevice(event.id, slot.id, person.id, {
        typedName: `${person.firstName} ${person.lastName}`,
      });
  }
  await t.hub.attendance.addTrainer(event.id, 'formatrice@exemple.fr', 'equipe@exemple.fr');
  await t.hub.attendance.close(event.id, slots[0]!.id, { path: 'M0 0 L10 10' }, 'formatrice@exemple.fr');
  return slots;
}

describe('attendance signatures as personal data', () => {
  it('are in the person’s export and deleted by their erasure', async () => {
    const clock = new FixedClock(new Date());
    const t = await createTestHub({ clock, signInMails: new RecordingSignInMails() });
    const event = await twoDayTraining(t);
    const [erased, kept] = await registrants(t, event, 2);
    await attend(t, clock, event, [erased!, kept!]);
    const staff = await signInAsStaff(t);
    const headers = { cookie: staff, origin: 'http://localhost' };

    const exported = await t.app.request(`/api/admin/people/${encodeURIComponent(erased!.email)}/export`, {
      headers,
    });
    expect(exported.status).toBe(200);
    const data = (await exported.json()) as { attendance?: { slotId: string; signature: unknown }[] };
    expect(data.attendance).toHaveLength(4);
    expect(data.attendance![0]!.signature).toEqual({ typedName: `${erased!.firstName} ${erased!.lastName}` });

    const erasure = await t.app.request(`/api/admin/people/${encodeURIComponent(erased!.email)}`, {
      method: 'DELETE',
      headers,
    });
    expect(erasure.status).toBe(200);
    expect(await erasure.json()).toMatchObject({ erased: { attendanceSignatures: 4 } });
    const left = await t.hub.attendance.signatures(event.id);
    expect(left.map((signature) => signature.registrationId)).toEqual([
      kept!.id,
      kept!.id,
      kept!.id,
      kept!.id,
    ]);
  });
});

describe('the retention job and attendance', () => {
  let t: TestHub;
  let clock: FixedClock;
  let event: HubEvent;

  beforeAll(async () => {
    clock = new FixedClock(new Date());
    t = await createTestHub({ clock }, { HUB_ATTENDANCE_RETENTION_DAYS: '30' });
    event = await twoDayTraining(t);
    await attend(t, clock, event, await registrants(t, event, 3));
  });

  it('keeps an event’s attendance until HUB_ATTENDANCE_RETENTION_DAYS after its end', async () => {
    clock.set(new Date(Date.parse(event.endsAt) + 29 * DAY));
    expect((await t.hub.retention.run(clock.now())).attendanceSignatures).toBe(0);
    expect(await t.hub.attendance.signatures(event.id)).toHaveLength(12);
  });

  it('then purges its signatures, closings and trainers, keeping the registrations', async () => {
    clock.set(new Date(Date.parse(event.endsAt) + 31 * DAY));
    expect((await t.hub.retention.run(clock.now())).attendanceSignatures).toBe(12);
    expect((await partition(t, event.id)).attendance).toEqual([]);
    expect((await partition(t, event.id)).registrations).toHaveLength(3);
    expect((await t.hub.retention.run(clock.now())).attendanceSignatures).toBe(0);
  });
});
