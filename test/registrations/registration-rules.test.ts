import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import {
  cancellationRefusal,
  capacityDecision,
  normaliseEmail,
  registrationWindow,
} from '../../functions/registrations/registration-rules.js';
import { dueReminder } from '../../functions/registrations/reminder-rules.js';

const event = (overrides: Partial<HubEvent> = {}) =>
  ({
    status: 'published',
    startsAt: '2026-12-10T09:00:00+01:00',
    endsAt: '2026-12-10T17:00:00+01:00',
    capacity: 2,
    waitlist: true,
    confirmedCount: 0,
    ...overrides,
  }) as HubEvent;
const at = (iso: string) => new Date(iso);

describe('the registration window', () => {
  it('is open for a published event before it closes', () => {
    expect(registrationWindow(event(), at('2026-12-01T10:00:00Z'))).toEqual({ open: true });
  });

  it('closes at the start by default, with a 409 and a French reason', () => {
    const window = registrationWindow(event(), at('2026-12-10T08:00:00Z'));
    expect(window.open).toBe(false);
    if (window.open) return;
    expect(window.error.status).toBe(409);
    expect(window.error.detail).toContain('closes');
  });

  it('closes at registrationClosesAt when staff set it', () => {
    const closing = event({ registrationClosesAt: '2026-12-08T18:00:00+01:00' });
    expect(registrationWindow(closing, at('2026-12-08T16:59:00Z')).open).toBe(true);
    expect(registrationWindow(closing, at('2026-12-08T17:00:00Z')).open).toBe(false);
  });

  it.each([
    ['cancelled', {}, 410],
    ['completed', {}, 410],
    ['draft', {}, 404],
  ] as const)('refuses a %s event', (status, overrides, code) => {
    const window = registrationWindow(event({ status, ...overrides }), at('2026-12-01T10:00:00Z'));
    expect(window.open ? 200 : window.error.status).toBe(code);
  });

  it('answers 410 once the event is over', () => {
    const window = registrationWindow(event(), at('2026-12-10T16:00:00Z'));
    expect(window.open ? 200 : window.error.status).toBe(410);
  });
});

describe('the capacity decision', () => {
  it('gives a seat while seats are left, or without a capacity', () => {
    expect(capacityDecision(event({ confirmedCount: 1 }))).toBe('seat');
    expect(capacityDecision(event({ capacity: undefined, confirmedCount: 5000 }))).toBe('seat');
  });

  it('waitlists when full with a waitlist, refuses without one', () => {
    expect(capacityDecision(event({ confirmedCount: 2 }))).toBe('waitlist');
    expect(capacityDecision(event({ confirmedCount: 2, waitlist: false }))).toBe('full');
  });
});

describe('cancelling', () => {
  it('is allowed before the start only', () => {
    expect(cancellationRefusal(event(), at('2026-12-10T07:59:00Z'))).toBeUndefined();
    expect(cancellationRefusal(event(), at('2026-12-10T08:00:00Z'))?.status).toBe(410);
    expect(cancellationRefusal(event({ status: 'cancelled' }), at('2026-12-01T00:00:00Z'))?.status).toBe(410);
  });
});

describe('reminders', () => {
  const start = event({ startsAt: '2026-12-10T09:00:00+01:00' });
  it.each([
    ['2026-12-09T07:59:00Z', undefined],
    ['2026-12-09T08:00:00Z', 'day-before'],
    ['2026-12-10T06:59:00Z', 'day-before'],
    ['2026-12-10T07:00:00Z', 'hour-before'],
    ['2026-12-10T07:59:00Z', 'hour-before'],
    ['2026-12-10T08:00:00Z', undefined],
  ])('at %s the due reminder is %s', (now, kind) => {
    expect(dueReminder(start, at(now))).toBe(kind);
  });
});

it('normalises e-mail addresses for identity', () => {
  expect(normaliseEmail('  Camille.Durand@Exemple.FR ')).toBe('camille.durand@exemple.fr');
});
