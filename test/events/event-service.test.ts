import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { EventAdminService, type NewEvent } from '../../functions/events/event-admin-service.js';
import { EventService } from '../../functions/events/event-service.js';
import { renderMarkdown } from '../../functions/events/markdown.js';
import type { RegistrationReader } from '../../functions/registrations/registration-store.js';
import type { Registration, RegistrationStatus } from '../../functions/registrations/registration.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/store/keys.js';
import { RecordingNotifier, inDays, technicalDayBody } from './fixtures.js';

/** Our registration port, answering with the registrations the test gives. */
class GivenRegistrations implements RegistrationReader {
  constructor(private readonly byEvent = new Map<string, Registration[]>()) {}
  give(eventId: string, statuses: RegistrationStatus[]): Registration[] {
    const registrations = statuses.map((status, index) => ({
      id: `${eventId}-r${index}`,
      eventId,
      firstName: 'Camille',
      lastName: 'Durand',
      email: `camille${index}@exemple.fr`,
      status,
      consent: { at: '2026-01-01T00:00:00Z', textVersion: 'v1' },
      newsletter: false,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    }));
    this.byEvent.set(eventId, registrations);
    return registrations;
  }
  async listByEvent(eventId: string): Promise<Registration[]> {
    return this.byEvent.get(eventId) ?? [];
  }
}

describe('the event service tells registrants about changes', () => {
  let t: TestHub;
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    t = await createTestHub();
  });

  function service(failFor: string[] = []) {
    const notifier = new RecordingNotifier(new Set(failFor));
    const registrations = new GivenRegistrations();
    const promoted: string[] = [];
    const promoter = { promoteWaitlisted: async (eventId: string) => promoted.push(eventId) };
    const events = new EventAdminService(
      new EventService(t.hub.eventStore, clock),
      t.hub.eventStore,
      registrations,
      notifier,
      clock,
      promoter,
      renderMarkdown,
    );
    return { notifier, registrations, promoted, events };
  }

  async function setWaitlisted(id: string, confirmedCount: number, waitlistedCount: number) {
    await t.clients.dynamo.send(
      new UpdateCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Key: keys.event(id),
        UpdateExpression: 'SET confirmedCount = :c, waitlistedCount = :w',
        ExpressionAttributeValues: { ':c': confirmedCount, ':w': waitlistedCount },
      }),
    );
  }

  const newEvent = (overrides: Record<string, unknown> = {}) => technicalDayBody(overrides) as NewEvent;

  it('sends the updated invitation, with SEQUENCE + 1, to every confirmed registrant when the date moves', async () => {
    const { notifier, registrations, events } = service();
    const event = await events.create(newEvent());
    await events.publish(event.id);
    registrations.give(event.id, ['confirmed', 'waitlisted', 'cancelled', 'confirmed']);

    const moved = await events.patch(event.id, { startsAt: inDays(21), endsAt: inDays(21, new Date(), 17) });

    expect(moved.sequence).toBe(1);
    expect(notifier.sent).toEqual([
      {
        kind: 'eventUpdated',
        eventId: event.id,
        sequence: 1,
        status: 'published',
        registrationId: `${event.id}-r0`,
      },
      {
        kind: 'eventUpdated',
        eventId: event.id,
        sequence: 1,
        status: 'published',
        registrationId: `${event.id}-r3`,
      },
    ]);
  });

  it('sends nothing and keeps the sequence for a text edit', async () => {
    const { notifier, registrations, events } = service();
    const event = await events.create(newEvent());
    await events.publish(event.id);
    registrations.give(event.id, ['confirmed']);

    const edited = await events.patch(event.id, { summary: 'Un résumé plus précis.' });

    expect(edited.sequence).toBe(0);
    expect(notifier.sent).toEqual([]);
  });

  it('bumps the sequence of a draft without mailing anyone', async () => {
    const { notifier, registrations, events } = service();
    const event = await events.create(newEvent());
    registrations.give(event.id, ['confirmed']);

    const moved = await events.patch(event.id, {
      venue: { name: 'Autre salle', address: '2 rue', city: 'Grenoble' },
    });

    expect(moved.sequence).toBe(1);
    expect(notifier.sent).toEqual([]);
  });

  it('sends a cancellation to confirmed and waitlisted registrants, not to those who left', async () => {
    const { notifier, registrations, events } = service();
    const event = await events.create(newEvent());
    await events.publish(event.id);
    registrations.give(event.id, ['confirmed', 'waitlisted', 'cancelled']);

    const cancelled = await events.cancel(event.id);

    expect(cancelled.status).toBe('cancelled');
    expect(notifier.sent.map((sent) => [sent.kind, sent.registrationId, sent.status])).toEqual([
      ['eventCancelled', `${event.id}-r0`, 'cancelled'],
      ['eventCancelled', `${event.id}-r1`, 'cancelled'],
    ]);
  });

  it('keeps the cancellation and mails the others when one mail fails', async () => {
    const event = await service().events.create(newEvent());
    const { notifier, registrations, events } = service([`${event.id}-r1`]);
    await events.publish(event.id);
    registrations.give(event.id, ['confirmed', 'confirmed', 'confirmed']);

    const cancelled = await events.cancel(event.id);

    expect(cancelled.status).toBe('cancelled');
    expect((await t.hub.eventStore.get(event.id))?.status).toBe('cancelled');
    expect(notifier.sent.map((sent) => sent.registrationId)).toEqual([`${event.id}-r0`, `${event.id}-r2`]);
  });

  it('hands the new seats to the waitlist when staff raise or remove the capacity', async () => {
    const { promoted, events } = service();
    const raised = await events.create(newEvent({ capacity: 2 }));
    const unlimited = await events.create(newEvent({ capacity: 2 }));
    for (const { id } of [raised, unlimited]) {
      await events.publish(id);
      await setWaitlisted(id, 2, 3);
    }

    await events.patch(raised.id, { capacity: 4 });
    await events.patch(unlimited.id, { capacity: null });

    expect(promoted).toEqual([raised.id, unlimited.id]);
  });

  it('does not touch the waitlist when no seat is added or nobody waits', async () => {
    const { promoted, events } = service();
    const lowered = await events.create(newEvent({ capacity: 5 }));
    const nobodyWaits = await events.create(newEvent({ capacity: 5 }));
    await setWaitlisted(lowered.id, 2, 3);

    await events.patch(lowered.id, { capacity: 4, title: 'Moins de places' });
    await events.patch(nobodyWaits.id, { capacity: 10 });

    expect(promoted).toEqual([]);
  });

  it('refuses to edit a cancelled event', async () => {
    const { events } = service();
    const event = await events.create(newEvent());
    await events.cancel(event.id);

    await expect(events.patch(event.id, { title: 'Trop tard' })).rejects.toThrow(
      'Un événement annulé ne peut plus être modifié.',
    );
  });

  it('lists published events until they end, not after', async () => {
    const { events } = service();
    const event = await events.create(newEvent({ startsAt: inDays(1), endsAt: inDays(1, new Date(), 12) }));
    await events.publish(event.id);
    expect((await events.listUpcoming()).map((e) => e.id)).toContain(event.id);

    clock.set(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));

    expect((await events.listUpcoming()).map((e) => e.id)).not.toContain(event.id);
    clock.set(new Date());
  });
});
