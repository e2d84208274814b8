import { DateTime } from 'luxon';
import { EVENT_TIME_ZONE } from '../events/event.js';
import { parisIsoDate } from '../shared/paris-dates.js';

export interface SeriesPoint {
  /** Paris calendar day, `2026-03-12`. */
  day: string;
  /** Registrations received up to the end of that day (cancelled ones included: they were received). */
  total: number;
}

const MIN_DAYS = 7;

/** The days the chart covers: from the first registration (at most `maxDays` back) to today, Paris time. */
export function chartDays(now: Date, firstRegistrationAt: string | undefined, maxDays = 30): string[] {
  const today = DateTime.fromJSDate(now).setZone(EVENT_TIME_ZONE).startOf('day');
  const earliest = today.minus({ days: maxDays - 1 });
  const first = firstRegistrationAt
    ? DateTime.fromISO(parisIsoDate(firstRegistrationAt), { zone: EVENT_TIME_ZONE })
    : today;
  let start = first < earliest ? earliest : first;
  if (today.diff(start, 'days').days < MIN_DAYS - 1) start = today.minus({ days: MIN_DAYS - 1 });
  const days: string[] = [];
  for (let day = start; day <= today; day = day.plus({ days: 1 })) days.push(day.toISODate()!);
  return days;
}

/** Cumulative registrations per day: those before the first day count from the start. */
export function cumulativeSeries(createdAt: readonly string[], days: readonly string[]): SeriesPoint[] {
  const perDay = new Map<string, number>();
  let before = 0;
  for (const at of createdAt) {
    const day = parisIsoDate(at);
    if (days.length && day < days[0]!) before++;
    else perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  let total = before;
  return days.map((day) => {
    total += perDay.get(day) ?? 0;
    return { day, total };
  });
}
