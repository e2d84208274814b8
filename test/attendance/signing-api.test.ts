import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { registrants, twoDayTraining } from './attendance-fixtures.js';

interface SlotView {
  id: string;
  startsAt: string;
  endsAt: string;
  label: string;
  signedCount: number;
  closedAt?: string;
  closedBy?: string;
}

describe('signing a half-day: by room code, on the trainer’s device, and closing it', () => {
  let t: TestHub;
  let clock: FixedClock;
  let staff: string;
  let event: HubEvent;
  let people: Registration[];
  let slots: SlotView[];

  const call = (
    path: string,
    init: { method?: string; body?: unknown; cookie?: string; origin?: string } = {},
  ) =>
    t.app.request(path, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.origin ? { origin: init.origin } : {}),
      },
      ...(init.body === undefined
        ? {}
        : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
    });
  const codeOf = async (slotId: string, cookie = staff) => {
    const response = await call(`/api/admin/events/${event.id}/slots/${slotId}/code`, { cookie });
    expect(response.status).toBe(200);
    return (await response.json()) as { code: string; expiresAt: string };
  };
  const signByCode = (code: string, email: string, signature: unknown = { typedName: 'Camille Durand' }) =>
    call('/api/attendance/signatures', { method: 'POST', body: { code, email, signature } });
  const storedSignatures = async () => (await t.hub.attendance.signatures(event.id)).length;

  beforeAll(async () => {
    clock = new FixedClock(new Date());
    t = await createTestHub({ clock, signInMails: new RecordingSignInMails() });
    event = await twoDayTraining(t);
    people = await registrants(t, event, 56);
    // The session must outlive the clock's moves to the slots: sign in just before the first one.
    clock.set(new Date(Date.parse(event.startsAt) - 60 * 60_000));
    staff = await signInAsStaff(t);
    const response = await call(`/api/admin/events/${event.id}/slots`, { cookie: staff });
    expect(response.status).toBe(200);
    slots = ((await response.json()) as { items: SlotView[] }).items;
  });

  it('lists the four half-days of a two-day training, and turns attendance off for other kinds by default', async () => {
    expect(slots.map((slot) => slot.signedCount)).toEqual([0, 0, 0, 0]);
    expect(slots[0]!.label).toMatch(/, matin$/);
    const admin = await call(`/api/admin/events/${event.id}`, { cookie: staff });
    expect(((await admin.json()) as { attendance: boolean }).attendance).toBe(true);
  });

  it('gives no code before the slot opens, then a short code valid for its minute and the next', async () => {
    const [first] = slots;
    clock.set(new Date(Date.parse(first!.startsAt) - 31 * 60_000));
    const early = await call(`/api/admin/events/${event.id}/slots/${first!.id}/code`, { cookie: staff });
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toMatch(/problem\+json/);

    clock.set(new Date(Date.parse(first!.startsAt) - 29 * 60_000));
    const { code, expiresAt } = await codeOf(first!.id);
    expect(code.length).toBeLessThanOrEqual(10);
    expect(Date.parse(expiresAt)).toBeGreaterThan(clock.now().getTime());
    expect(Date.parse(expiresAt)).toBeLessThanOrEqual(clock.now().getTime() + 120_000);

    const signed = await signByCode(code, people[0]!.email.toUpperCase());
    expect(signed.status).toBe(201);
    const body = (await signed.json()) as { slotId: string; signedAt: string };
    expect(body).toEqual({ slotId: first!.id, signedAt: clock.now().toISOString() });

    clock.advance(30_000);
    const again = await signByCode(code, people[0]!.email, { path: 'M1 1 L9 9' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(body);

    clock.advance(61_000);
    const { code: next } = await codeOf(first!.id);
    expect(next).not.toBe(code);
    expect((await signByCode(code, people[1]!.email)).status).toBe(201);

    clock.advance(60_000);
    const replayed = await signByCode(code, people[2]!.email);
    expect(replayed.status).toBe(400);
    expect((await signByCode(next, people[2]!.email)).status).toBe(201);
  });

  it('answers a forged code and an address not registered the same way, storing nothing', async () => {
    const before = await storedSignatures();
    const { code } = await codeOf(slots[0]!.id);
    const unknownAddress = await signByCode(code, 'inconnu@exemple.fr');
    const forged = await signByCode(code === 'K7PM4QXA' ? 'K7PM4QXB' : 'K7PM4QXA', people[3]!.email);
    const garbage = await signByCode('"><script>', people[3]!.email);
    expect(unknownAddress.status).toBe(400);
    expect(forged.status).toBe(400);
    expect(garbage.status).toBe(400);
    const bodies = [await unknownAddress.json(), await forged.json(), await garbage.json()];
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(await storedSignatures()).toBe(before);
  });

  it('refuses oversized or malformed strokes and markup in a typed name, storing nothing', async () => {
    const before = await storedSignatures();
    const { code } = await codeOf(slots[0]!.id);
    const email = people[4]!.email;
    const hostile = [
      { path: `M0 0 ${'L1 1 '.repeat(6600)}` },
      { path: '<svg onload="alert(1)"><path d="M0 0"/></svg>' },
      { path: 'M0 0 L1 1" onload="alert(1)' },
      { path: 42 },
      { typedName: '<img src=x onerror=alert(1)>' },
      { typedName: 'Camille\nDurand' },
      { typedName: 'Camille', path: 'M0 0 L1 1' },
      {},
    ];
    for (const signature of hostile) {
      const response = await signByCode(code, email, signature);
      expect(response.status, JSON.stringify(signature).slice(0, 60)).toBe(400);
    }
    expect((await call('/api/attendance/signatures', { method: 'POST', body: '{"code":' })).status).toBe(400);
    expect(await storedSignatures()).toBe(before);
  });

  it('signs on the trainer’s device under the staff API’s origin checks', async () => {
    const path = `/api/admin/events/${event.id}/slots/${slots[0]!.id}/signatures`;
    const body = { registrationId: people[5]!.id, signature: { path: 'M3 3 C 10 10, 20 20, 30 5' } };
    const crossSite = await call(path, {
      method: 'POST',
      body,
      cookie: staff,
      origin: 'https://ailleurs.example',
    });
    expect(crossSite.status).toBe(403);
    const signed = await call(path, { method: 'POST', body, cookie: staff, origin: 'http://localhost' });
    expect(signed.status).toBe(201);
    expect(((await signed.json()) as { slotId: string }).slotId).toBe(slots[0]!.id);
    expect((await call(path, { method: 'POST', body, cookie: staff })).status).toBe(200);
    const unknown = await call(path, {
      method: 'POST',
      body: { ...body, registrationId: 'inconnue' },
      cookie: staff,
    });
    expect(unknown.status).toBe(404);
    const signatures = await t.hub.attendance.signatures(event.id);
    expect(signatures.find((s) => s.registrationId === people[5]!.id)?.via).toBe('trainer-device');
  });

  it('takes 50 trainees signing the same slot at once from one address: 50 signatures, none lost or doubled', async () => {
    const [, second] = slots;
    clock.set(new Date(second!.startsAt));
    const { code } = await codeOf(second!.id);
    const room = people.slice(0, 50);
    const answers = await Promise.all(room.map((person) => signByCode(code, person.email)));
    expect(answers.map((answer) => answer.status)).toEqual(room.map(() => 201));
    const signatures = (await t.hub.attendance.signatures(event.id)).filter((s) => s.slotId === second!.id);
    expect(signatures).toHaveLength(50);
    expect(new Set(signatures.map((s) => s.registrationId)).size).toBe(50);
    const listed = (await (await call(`/api/admin/events/${event.id}/slots`, { cookie: staff })).json()) as {
      items: SlotView[];
    };
    expect(listed.items[1]!.signedCount).toBe(50);
  });

  it('limits signatures per address, with Retry-After', async () => {
    const { code } = await codeOf(slots[1]!.id);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 12; attempt++) {
      last = await signByCode(code, people[55]!.email);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 2)).toEqual([201, 200]);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('closes a half-day with a countersignature: who and when kept, later signatures refused', async () => {
    const [, second] = slots;
    const { code } = await codeOf(second!.id);
    const closePath = `/api/admin/events/${event.id}/slots/${second!.id}/close`;
    const bad = await call(closePath, {
      method: 'POST',
      body: { signature: { typedName: '<b>x</b>' } },
      cookie: staff,
    });
    expect(bad.status).toBe(400);
    const closed = await call(closePath, {
      method: 'POST',
      body: { signature: { typedName: 'Marie Curie' } },
      cookie: staff,
    });
    expect(closed.status).toBe(200);
    const view = (await closed.json()) as SlotView;
    expect(view).toMatchObject({
      id: second!.id,
      closedAt: clock.now().toISOString(),
      closedBy: t.config.HUB_STAFF_EMAILS[0],
      // The room of fifty, and the address that tried too often.
      signedCount: 51,
    });
    const late = await signByCode(code, people[51]!.email);
    expect(late.status).toBe(409);
    const onDevice = await call(`/api/admin/events/${event.id}/slots/${second!.id}/signatures`, {
      method: 'POST',
      body: { registrationId: people[52]!.id, signature: { typedName: 'Stagiaire52 Lefèvre' } },
      cookie: staff,
    });
    expect(onDevice.status).toBe(409);
    expect(
      (await call(`/api/admin/events/${event.id}/slots/${second!.id}/code`, { cookie: staff })).status,
    ).toBe(409);
    expect(
      (await call(closePath, { method: 'POST', body: { signature: { typedName: 'Autre' } }, cookie: staff }))
        .status,
    ).toBe(409);
  });

  it('lets staff replace the half-days', async () => {
    const items = slots.slice(2).map((slot) => ({ ...slot, label: `${slot.label} (salle B)` }));
    const put = await call(`/api/admin/events/${event.id}/slots`, {
      method: 'PUT',
      body: { items },
      cookie: staff,
    });
    expect(put.status).toBe(200);
    const listed = ((await put.json()) as { items: SlotView[] }).items;
    expect(listed.map((slot) => slot.id)).toEqual(items.map((slot) => slot.id));
    expect(listed[0]!.label).toMatch(/salle B/);
    const inverted = [{ startsAt: items[0]!.endsAt, endsAt: items[0]!.startsAt, label: 'À l’envers' }];
    const refused = await call(`/api/admin/events/${event.id}/slots`, {
      method: 'PUT',
      body: { items: inverted },
      cookie: staff,
    });
    expect(refused.status).toBe(400);
  });
});
