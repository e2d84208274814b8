import { DateTime } from 'luxon';
import { EVENT_TIME_ZONE } from '../../events/event.js';
import { frenchMonth, frenchTime, parisMonthKey, parisShortDate } from '../../shared/paris-dates.js';

const NUMBER = new Intl.NumberFormat('fr-FR');

export function count(value: number): string {
  return NUMBER.format(value);
}

/** "3 adresses", "1 adresse": a count and its noun, with the French plural from 2 on. */
export function counted(value: number, singular: string, plural = `${singular}s`): string {
  return `${count(value)}\u00a0${value >= 2 ? plural : singular}`;
}

export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;
}

/** The Paris calendar month an instant falls in, as the UTC instants that bound it (`to` excluded). */
export function parisMonth(now: Date): { from: Date; to: Date; label: string } {
  const start = DateTime.fromJSDate(now).setZone(EVENT_TIME_ZONE).startOf('month');
  return {
    from: start.toJSDate(),
    to: start.plus({ months: 1 }).toJSDate(),
    label: frenchMonth(parisMonthKey(now)),
  };
}

/** "28/11/2026 à 14:05", Paris time. */
export function parisDateTime(iso: string): string {
  return `${parisShortDate(iso)} à ${frenchTime(iso)}`;
}
