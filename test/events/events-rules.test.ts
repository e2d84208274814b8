import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import {
  SLUG_MAX_LENGTH,
  assertCanCancel,
  assertCanPublish,
  changesDateOrPlace,
  effectiveStatus,
  eventRuleViolations,
  registrationAvailability,
  registrationOpen,
  seatsLeft,
  slugCandidate,
  slugify,
  waitlistOpen,
} from '../../functions/events/events-rules.js';
import { ConflictError } from '../../functions/shared/errors.js';

function anEvent(overrides: Partial<HubEvent> = {}): HubEvent {
  return {
    id: 'e1',
    slug: 'journee',
    kind: 'technical-day',
    title: 'Journée',
    summary: 'Résumé',
    description: 'Description',
    startsAt: '2026-03-12T09:00:00+01:00',
    endsAt: '2026-03-12T17:00:00+01:00',
    waitlist: false,
    venue: { name: 'CCI', address: '1 place de la Bourse', city: 'Lyon' },
    status: 'published',
    sequence: 0,
    confirmedCount: 0,
    waitlistedCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const beforeEvent = new Date('2026-03-01T10:00:00Z');

describe('slugify', () => {
  it('folds French accents and ligatures to ASCII, lower case, hyphens', () => {
    expect(slugify('Journée technique : recyclage des aimants NdFeB à Lyon')).toBe(
      'journee-technique-recyclage-des-aimants-ndfeb-a-lyon',
    );
    expect(slugify('Œuvre & cœur — Évènement été')).toBe('oeuvre-coeur-evenement-ete');
  });

  it('never yields an empty slug nor one longer than the limit', () => {
    expect(slugify('!!! ???')).toBe('evenement');
    const long = slugify('Très '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long).not.toMatch(/-$/);
  });

  it('numbers the following candidates within the length limit', () => {
    const base = slugify('a'.repeat(200));
    expect(slugCandidate('journee', 1)).toBe('journee');
    expect(slugCandidate('journee', 3)).toBe('journee-3');
    expect(slugCandidate(base, 12).length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slugCandidate(base, 12)).toMatch(/-12$/);
  });
});

describe('status', () => {
  it('derives completed for a published event whose end has passed', () => {
    const after = new Date('2026-03-12T17:00:01+01:00');
    expect(effectiveStatus(anEvent(), after)).toBe('completed');
    expect(effectiveStatus(anEvent(), beforeEvent)).toBe('published');
    expect(effectiveStatus(anEvent({ status: 'cancelled' }), after)).toBe('cancelled');
    expect(effectiveStatus(anEvent({ status: 'draft' }), after)).toBe('draft');
  });

  it('publishes drafts only, and never a cancelled or finished event', () => {
    expect(() => assertCanPublish(anEvent({ status: 'draft' }), beforeEvent)).not.toThrow();
    expect(() => assertCanPublish(anEvent({ status: 'cancelled' }), beforeEvent)).toThrow(ConflictError);
    expect(() => assertCanPublish(anEvent({ status: 'published' }), beforeEvent)).toThrow(ConflictError);
    expect(() => assertCanPublish(anEvent({ status: 'draft' }), new Date('2026-04-01T00:00:00Z'))).toThrow(
      /terminé/,
    );
  });

  it('cancels drafts and published events, not cancelled ones', () => {
    expect(() => assertCanCancel(anEvent({ status: 'draft' }))).not.toThrow();
    expect(() => assertCanCancel(anEvent())).not.toThrow();
    expect(() => assertCanCancel(anEvent({ status: 'cancelled' }))).toThrow(/déjà annulé/);
  });
});

describe('kind and date rules', () => {
  it('accepts a technical day with a venue', () => {
    expect(eventRuleViolations(anEvent())).toEqual({});
  });

  it('requires a venue for a technical day', () => {
    expect(eventRuleViolations(anEvent({ venue: undefined }))).toHaveProperty('venue');
  });

  it('requires a join URL and no venue for a webinar', () => {
    const errors = eventRuleViolations(anEvent({ kind: 'webinar' }));
    expect(Object.keys(errors).sort()).toEqual(['joinUrl', 'venue']);
    expect(
      eventRuleViolations(anEvent({ kind: 'webinar', venue: undefined, joinUrl: 'https://v.fr/x' })),
    ).toEqual({});
  });

  it('requires a venue or a join URL for a training', () => {
    expect(eventRuleViolations(anEvent({ kind: 'training', venue: undefined }))).toHaveProperty('venue');
    expect(
      eventRuleViolations(anEvent({ kind: 'training', venue: undefined, joinUrl: 'https://v.fr/x' })),
    ).toEqual({});
  });

  it('compares instants, not strings, for the end and the closing of registration', () => {
    // 10:00 in Paris (09:00 UTC) is before 09:30 UTC although the string sorts after it.
    expect(
      eventRuleViolations(anEvent({ startsAt: '2026-03-12T09:30:00Z', endsAt: '2026-03-12T10:00:00+01:00' })),
    ).toHaveProperty('endsAt');
    expect(eventRuleViolations(anEvent({ endsAt: anEvent().startsAt }))).toHaveProperty('endsAt');
    expect(
      eventRuleViolations(anEvent({ registrationClosesAt: '2026-03-12T17:00:01+01:00' })),
    ).toHaveProperty('registrationClosesAt');
    expect(eventRuleViolations(anEvent({ registrationClosesAt: '2026-03-12T16:00:00Z' }))).toEqual({});
  });
});

describe('changesDateOrPlace', () => {
  it('sees a move in time, in place or of the join link', () => {
    const event = anEvent();
    expect(changesDateOrPlace(event, { ...event, startsAt: '2026-03-12T10:00:00+01:00' })).toBe(true);
    expect(changesDateOrPlace(event, { ...event, venue: { ...event.venue!, city: 'Grenoble' } })).toBe(true);
    expect(changesDateOrPlace(event, { ...event, joinUrl: 'https://v.fr/x' })).toBe(true);
  });

  it('ignores the same instant written with another offset, and text edits', () => {
    const event = anEvent();
    expect(changesDateOrPlace(event, { ...event, startsAt: '2026-03-12T08:00:00Z' })).toBe(false);
    expect(changesDateOrPlace(event, { ...event, title: 'Autre titre' } as HubEvent)).toBe(false);
  });
});

describe('seats and registration', () => {
  it('counts seats left, null when unlimited, never negative', () => {
    expect(seatsLeft(anEvent())).toBeNull();
    expect(seatsLeft(anEvent({ capacity: 50, confirmedCount: 12 }))).toBe(38);
    expect(seatsLeft(anEvent({ capacity: 10, confirmedCount: 12 }))).toBe(0);
  });

  it('opens registration for published events until it closes (default: the start)', () => {
    expect(registrationOpen(anEvent(), beforeEvent)).toBe(true);
    expect(registrationOpen(anEvent(), new Date('2026-03-12T09:00:00+01:00'))).toBe(false);
    const closesEarly = anEvent({ registrationClosesAt: '2026-02-28T23:59:00+01:00' });
    expect(registrationAvailability(closesEarly, beforeEvent)).toMatchObject({
      open: false,
      reason: 'closed',
    });
  });

  it('keeps registration open after the start when staff chose a later closing', () => {
    const late = anEvent({ registrationClosesAt: '2026-03-12T12:00:00+01:00' });
    expect(registrationOpen(late, new Date('2026-03-12T10:00:00+01:00'))).toBe(true);
  });

  it('refuses drafts, cancelled and finished events with a French reason', () => {
    expect(registrationAvailability(anEvent({ status: 'draft' }), beforeEvent)).toMatchObject({
      open: false,
      reason: 'not-published',
    });
    expect(registrationAvailability(anEvent({ status: 'cancelled' }), beforeEvent)).toMatchObject({
      open: false,
      message: 'Cet événement a été annulé.',
    });
    expect(registrationAvailability(anEvent(), new Date('2026-04-01T00:00:00Z'))).toMatchObject({
      reason: 'completed',
    });
  });

  it('calls the waitlist open only when full, waitlist on and registration open', () => {
    const full = { capacity: 2, confirmedCount: 2 };
    expect(waitlistOpen(anEvent({ ...full, waitlist: true }), beforeEvent)).toBe(true);
    expect(waitlistOpen(anEvent({ ...full, waitlist: false }), beforeEvent)).toBe(false);
    expect(waitlistOpen(anEvent({ capacity: 2, confirmedCount: 1, waitlist: true }), beforeEvent)).toBe(
      false,
    );
    expect(waitlistOpen(anEvent({ ...full, waitlist: true, status: 'cancelled' }), beforeEvent)).toBe(false);
  });
});
