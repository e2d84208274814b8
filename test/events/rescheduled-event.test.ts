import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import { signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { client, inDays, technicalDayBody } from './fixtures.js';

type EventLd = { eventStatus: string; startDate: string; previousStartDate?: string | string[] };

async function structuredData(t: TestHub, slug: string): Promise<EventLd> {
  const html = await (await t.app.request(`/evenements/${slug}`)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]![1]!) as EventLd;
}

const PARIS_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/;

describe('an event moved after publication', () => {
  let t: TestHub;
  let staff: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestHub();
    staff = client(t, await signInAsStaff(t));
  });

  async function published(overrides: Record<string, unknown> = {}): Promise<HubEvent> {
    const draft = await t.hub.events.create(technicalDayBody(overrides) as NewEvent);
    return t.hub.events.publish(draft.id);
  }

  const move = (event: HubEvent, days: number) =>
    staff.patch(`/api/admin/events/${event.id}`, {
      startsAt: inDays(days, new Date(), 8),
      endsAt: inDays(days, new Date(), 16),
    });

  it('says EventRescheduled, with the start it left as previousStartDate', async () => {
    const event = await published();
    expect((await structuredData(t, event.slug)).eventStatus).toBe('https://schema.org/EventScheduled');

    expect((await move(event, 27)).status).toBe(200);
    const data = await structuredData(t, event.slug);
    expect(data.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect(data.previousStartDate).toMatch(PARIS_OFFSET);
    expect(Date.parse(data.previousStartDate as string)).toBe(Date.parse(event.startsAt));
    expect(Date.parse(data.startDate)).toBe(Date.parse(inDays(27, new Date(), 8)));

    const stored = await t.hub.events.get(event.id);
    expect(stored.previousStartsAt).toEqual([event.startsAt]);
    expect(Date.parse(stored.rescheduledAt!)).toBeLessThanOrEqual(Date.now());
  });

  it('lists every start it left, oldest first, when moved twice', async () => {
    const event = await published();
    expect((await move(event, 25)).status).toBe(200);
    expect((await move(event, 30)).status).toBe(200);
    const data = await structuredData(t, event.slug);
    expect(data.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect((data.previousStartDate as string[]).map(Date.parse)).toEqual([
      Date.parse(event.startsAt),
      Date.parse(inDays(25, new Date(), 8)),
    ]);
  });

  it('stays EventScheduled when a draft is moved, when only the end or the place changes', async () => {
    const draft = await t.hub.events.create(technicalDayBody() as NewEvent);
    await t.hub.events.patch(draft.id, {
      startsAt: inDays(22, new Date(), 8),
      endsAt: inDays(22, new Date(), 16),
    });
    const publishedDraft = await t.hub.events.publish(draft.id);

    const longer = await published();
    expect(
      (await staff.patch(`/api/admin/events/${longer.id}`, { endsAt: inDays(20, new Date(), 18) })).status,
    ).toBe(200);
    const elsewhere = await published();
    expect(
      (
        await staff.patch(`/api/admin/events/${elsewhere.id}`, {
          venue: { name: 'Hôtel de Région', address: '1 esplanade François Mitterrand', city: 'Lyon' },
        })
      ).status,
    ).toBe(200);

    for (const event of [publishedDraft, longer, elsewhere]) {
      const data = await structuredData(t, event.slug);
      expect(data.eventStatus, event.slug).toBe('https://schema.org/EventScheduled');
      expect(data.previousStartDate, event.slug).toBeUndefined();
    }
  });

  it('says EventCancelled once a moved event is cancelled', async () => {
    const event = await published();
    expect((await move(event, 26)).status).toBe(200);
    await t.hub.events.cancel(event.id);
    expect((await structuredData(t, event.slug)).eventStatus).toBe('https://schema.org/EventCancelled');
  });

  it('loses no start it left when staff move it at the same time', async () => {
    const event = await published();
    const answers = await Promise.all([24, 26, 28, 30].map((days) => move(event, days)));
    const statuses = answers.map((answer) => answer.status);
    for (const status of statuses) expect([200, 409]).toContain(status);
    const moves = statuses.filter((status) => status === 200).length;
    expect(moves).toBeGreaterThan(0);

    const stored = await t.hub.events.get(event.id);
    // Each accepted move recorded the start it left: the first one the original start, none overwritten.
    expect(stored.previousStartsAt).toHaveLength(moves);
    expect(stored.previousStartsAt![0]).toBe(event.startsAt);
    expect(new Set(stored.previousStartsAt).size).toBe(moves);
    expect(stored.previousStartsAt).not.toContain(stored.startsAt);
  });
});
