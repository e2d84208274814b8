import type { HubEvent } from '../../functions/events/event.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { parisInstant } from '../../functions/attendance/attendance-rules.js';
import { parisIsoDate } from '../../functions/shared/paris-dates.js';
import { publishedEvent } from '../registrations/fixtures.js';
import { uniqueEmail, type TestHub } from '../support/test-hub.js';

const DAY = 24 * 3_600_000;

/** A published two-day training from 09:00 to 17:00 Paris time, starting `daysAhead` days from the hub's clock. */
export async function twoDayTraining(
  t: TestHub,
  overrides: Partial<NewEvent> = {},
  daysAhead = 3,
): Promise<HubEvent> {
  const firstDay = parisIsoDate(new Date(t.hub.clock.now().getTime() + daysAhead * DAY));
  const secondDay = parisIsoDate(new Date(parisInstant(firstDay, '12:00').getTime() + DAY));
  return publishedEvent(t, {
    kind: 'training',
    title: 'Formation : démontage des aimants NdFeB',
    startsAt: parisInstant(firstDay, '09:00').toISOString(),
    endsAt: parisInstant(secondDay, '17:00').toISOString(),
    capacity: 300,
    ...overrides,
  });
}

/** Confirmed registrants of the event, written through the store (no mail). */
export async function registrants(t: TestHub, event: HubEvent, count: number): Promise<Registration[]> {
  const people: Registration[] = [];
  for (let index = 0; index < count; index++) {
    const outcome = await t.hub.registrationStore.register(
      {
        eventId: event.id,
        firstName: `Stagiaire${index}`,
        lastName: 'Lefèvre',
        email: uniqueEmail(`stagiaire${index}`),
        organisation: 'REEfine',
        consentTextVersion: 'v1',
        newsletter: false,
      },
      t.hub.clock.now(),
    );
    if (outcome.kind !== 'created') throw new Error(`registration ${index}: ${outcome.kind}`);
    people.push(outcome.registration);
  }
  return people;
}
