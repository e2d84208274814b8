import { beforeAll, describe, expect, it } from 'vitest';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { keys } from '../../functions/store/keys.js';
import { ConflictError } from '../../functions/shared/errors.js';
import { inDays, technicalDayBody } from './fixtures.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';

describe('the DynamoDB event store, through the event service', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await createTestHub();
  });

  const newEvent = (overrides: Record<string, unknown> = {}) => technicalDayBody(overrides) as NewEvent;

  /** What the registration transactions do to the counters, done by hand. */
  async function setCounters(
    id: string,
    confirmedCount: number,
    waitlistedCount: number,
    waitlistSeq: number,
  ) {
    await t.clients.dynamo.send(
      new UpdateCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Key: keys.event(id),
        UpdateExpression: 'SET confirmedCount = :c, waitlistedCount = :w, waitlistSeq = :s',
        ExpressionAttributeValues: { ':c': confirmedCount, ':w': waitlistedCount, ':s': waitlistSeq },
      }),
    );
  }

  it('gives two events with the same title distinct slugs', async () => {
    const first = await t.hub.events.create(newEvent({ title: 'Rencontre filière' }));
    const second = await t.hub.events.create(newEvent({ title: 'Rencontre filière' }));

    expect(first.slug).toBe('rencontre-filiere');
    expect(second.slug).toBe('rencontre-filiere-2');
    expect((await t.hub.eventStore.getBySlug('rencontre-filiere-2'))?.id).toBe(second.id);
  });

  it('gives distinct slugs to events created at the same moment', async () => {
    const created = await Promise.all(
      Array.from({ length: 8 }, () => t.hub.events.create(newEvent({ title: 'Atelier simultané' }))),
    );

    const slugs = created.map((event) => event.slug);
    expect(new Set(slugs).size).toBe(8);
    expect(slugs).toContain('atelier-simultane');
    for (const event of created) expect((await t.hub.eventStore.getBySlug(event.slug))?.id).toBe(event.id);
  });

  it('keeps the slug when the title changes', async () => {
    const event = await t.hub.events.create(newEvent({ title: 'Premier titre' }));

    const renamed = await t.hub.events.patch(event.id, { title: 'Second titre' });

    expect(renamed.slug).toBe('premier-titre');
    expect((await t.hub.eventStore.getBySlug('premier-titre'))?.title).toBe('Second titre');
    expect(await t.hub.eventStore.getBySlug('second-titre')).toBeUndefined();
  });

  it('never overwrites the counters the registrations keep', async () => {
    const event = await t.hub.events.create(newEvent({ capacity: 10 }));
    await setCounters(event.id, 7, 3, 5);

    const patched = await t.hub.events.patch(event.id, { capacity: 12, title: 'Toujours 7 inscrits' });

    expect(patched).toMatchObject({ capacity: 12, confirmedCount: 7, waitlistedCount: 3 });
    expect(patched).not.toHaveProperty('waitlistSeq');
  });

  it('refuses to lower the capacity under the confirmed count', async () => {
    const event = await t.hub.events.create(newEvent({ capacity: 10 }));
    await setCounters(event.id, 8, 0, 0);

    const attempt = t.hub.events.patch(event.id, { capacity: 5 });

    await expect(attempt).rejects.toThrow(ConflictError);
    await expect(attempt).rejects.toThrow(
      'La capacité ne peut pas être inférieure au nombre d’inscrits confirmés (8).',
    );
    expect((await t.hub.eventStore.get(event.id))?.capacity).toBe(10);
    expect((await t.hub.events.patch(event.id, { capacity: 8 })).capacity).toBe(8);
  });

  it('keeps the listing in date order when an event moves', async () => {
    const a = await t.hub.events.create(newEvent({ title: 'A', startsAt: inDays(100), endsAt: inDays(101) }));
    const b = await t.hub.events.create(newEvent({ title: 'B', startsAt: inDays(110), endsAt: inDays(111) }));

    await t.hub.events.patch(a.id, { startsAt: inDays(120), endsAt: inDays(121) });

    const ids = (await t.hub.eventStore.listAll()).map((event) => event.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
  });

  it('lists only published events in listPublished', async () => {
    const draft = await t.hub.events.create(newEvent({ title: 'Brouillon' }));
    const published = await t.hub.events.create(newEvent({ title: 'Publié' }));
    await t.hub.events.publish(published.id);

    const ids = (await t.hub.eventStore.listPublished()).map((event) => event.id);

    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
  });
});
