import { describe, expect, it } from 'vitest';
import {
  codeExpiresAt,
  codeIsCurrent,
  codeWindow,
  deriveSlots,
  isOpen,
  normaliseCode,
  roomCode,
  signatureProblem,
} from '../../functions/attendance/attendance-rules.js';
import { hasAttendance } from '../../functions/events/events-rules.js';

const KEY = 'test-signing-key-test-signing-key-0123456789';
const event = (startsAt: string, endsAt: string) => ({ id: 'ev1', startsAt, endsAt });
const hours = (slot: { startsAt: string; endsAt: string }) =>
  (Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 3_600_000;

describe('half-day slots', () => {
  it('gives a two-day training four half-days, each day from the start’s time to the end’s', () => {
    const slots = deriveSlots(event('2027-06-14T09:00:00+02:00', '2027-06-15T17:00:00+02:00'));
    expect(slots.map((slot) => [slot.id, slot.startsAt, slot.endsAt])).toEqual([
      ['2027-06-14-matin', '2027-06-14T07:00:00.000Z', '2027-06-14T11:00:00.000Z'],
      ['2027-06-14-apres-midi', '2027-06-14T11:00:00.000Z', '2027-06-14T15:00:00.000Z'],
      ['2027-06-15-matin', '2027-06-15T07:00:00.000Z', '2027-06-15T11:00:00.000Z'],
      ['2027-06-15-apres-midi', '2027-06-15T11:00:00.000Z', '2027-06-15T15:00:00.000Z'],
    ]);
    expect(slots.map((slot) => slot.label)).toEqual([
      'lundi 14 juin 2027, matin',
      'lundi 14 juin 2027, après-midi',
      'mardi 15 juin 2027, matin',
      'mardi 15 juin 2027, après-midi',
    ]);
  });

  it('keeps Paris hours on both sides of a DST change (spring and autumn)', () => {
    // Summer time starts on the last Sunday of March: Saturday in UTC+1, Monday in UTC+2.
    const spring = deriveSlots(event('2027-03-27T09:00:00+01:00', '2027-03-29T17:30:00+02:00'));
    expect(spring).toHaveLength(6);
    expect(spring[0]).toMatchObject({
      startsAt: '2027-03-27T08:00:00.000Z',
      endsAt: '2027-03-27T12:00:00.000Z',
    });
    expect(spring[4]).toMatchObject({
      startsAt: '2027-03-29T07:00:00.000Z',
      endsAt: '2027-03-29T11:00:00.000Z',
    });
    expect(spring[5]).toMatchObject({
      startsAt: '2027-03-29T11:00:00.000Z',
      endsAt: '2027-03-29T15:30:00.000Z',
    });
    expect(spring.map(hours)).toEqual([4, 4.5, 4, 4.5, 4, 4.5]);
    // Winter time comes back on the last Sunday of October.
    const autumn = deriveSlots(event('2027-10-30T09:00:00+02:00', '2027-11-01T12:00:00+01:00'));
    expect(autumn.map((slot) => slot.id)).toEqual([
      '2027-10-30-matin',
      '2027-10-31-matin',
      '2027-11-01-matin',
    ]);
    expect(autumn[2]).toMatchObject({
      startsAt: '2027-11-01T08:00:00.000Z',
      endsAt: '2027-11-01T11:00:00.000Z',
    });
  });

  it('drops a part shorter than an hour, and splits a single day at 13:00', () => {
    expect(
      deriveSlots(event('2027-06-14T12:15:00+02:00', '2027-06-14T18:00:00+02:00')).map((s) => s.id),
    ).toEqual(['2027-06-14-apres-midi']);
    const day = deriveSlots(event('2027-06-14T10:00:00+02:00', '2027-06-14T13:50:00+02:00'));
    expect(day.map((slot) => [slot.id, hours(slot)])).toEqual([['2027-06-14-matin', 3]]);
  });

  it('turns attendance on for trainings unless staff said otherwise', () => {
    expect(hasAttendance({ kind: 'training' })).toBe(true);
    expect(hasAttendance({ kind: 'training', attendance: false })).toBe(false);
    expect(hasAttendance({ kind: 'webinar' })).toBe(false);
    expect(hasAttendance({ kind: 'technical-day', attendance: true })).toBe(true);
  });

  it('is open from 30 minutes before the start to 2 hours after the end, unless closed', () => {
    const slot = { startsAt: '2027-06-14T07:00:00.000Z', endsAt: '2027-06-14T11:00:00.000Z' };
    expect(isOpen(slot, new Date('2027-06-14T06:29:59Z'))).toBe(false);
    expect(isOpen(slot, new Date('2027-06-14T06:30:00Z'))).toBe(true);
    expect(isOpen(slot, new Date('2027-06-14T13:00:00Z'))).toBe(true);
    expect(isOpen(slot, new Date('2027-06-14T13:00:01Z'))).toBe(false);
    const closing = {
      closedAt: '2027-06-14T11:00:00Z',
      closedBy: 'f@exemple.fr',
      signature: { typedName: 'F' },
    };
    expect(isOpen({ ...slot, closing }, new Date('2027-06-14T10:00:00Z'))).toBe(false);
  });
});

describe('room codes', () => {
  it('are short, easy to type, the same on every device, and change every minute', () => {
    const now = new Date();
    const window = codeWindow(now);
    const code = roomCode(KEY, 'ev1', 's1', window);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(roomCode(KEY, 'ev1', 's1', window)).toBe(code);
    expect(roomCode(KEY, 'ev1', 's1', window + 1)).not.toBe(code);
    expect(roomCode(KEY, 'ev1', 's2', window)).not.toBe(code);
    expect(roomCode('another-key-another-key-another-key-0000', 'ev1', 's1', window)).not.toBe(code);
    expect(normaliseCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
    expect(normaliseCode('ABCD10OI')).toBeUndefined();
    expect(normaliseCode('<script>')).toBeUndefined();
  });

  it('are accepted in their minute and the next one only', () => {
    const now = new Date();
    const window = codeWindow(now);
    expect(codeIsCurrent({ window }, now)).toBe(true);
    expect(codeIsCurrent({ window: window - 1 }, now)).toBe(true);
    expect(codeIsCurrent({ window: window - 2 }, now)).toBe(false);
    expect(codeIsCurrent({ window: window + 1 }, now)).toBe(false);
    expect(codeExpiresAt(window).getTime()).toBe((window + 2) * 60_000);
  });
});

describe('signatures', () => {
  it('accept path data and a typed name', () => {
    expect(signatureProblem({ path: 'M10 10 L20 20 C 1.5,2 3e1,4 5 6 Z' })).toBeUndefined();
    expect(signatureProblem({ typedName: 'Élise Lœwy-Dupont' })).toBeUndefined();
  });

  it('refuse oversized or malformed path data and markup in a typed name', () => {
    expect(signatureProblem({ path: `M0 0 ${'L1 1 '.repeat(7000)}` })).toMatch(/32 Ko/);
    expect(signatureProblem({ path: '<path d="M0 0"/>' })).toBeDefined();
    expect(signatureProblem({ path: 'M0 0 L1 1" onload="alert(1)' })).toBeDefined();
    expect(signatureProblem({ path: 'L10 10' })).toBeDefined();
    expect(signatureProblem({ path: '' })).toBeDefined();
    expect(signatureProblem({ typedName: '<b>Élise</b>' })).toBeDefined();
    expect(signatureProblem({ typedName: '   ' })).toBeDefined();
    expect(signatureProblem({ typedName: 'x'.repeat(151) })).toBeDefined();
  });
});
