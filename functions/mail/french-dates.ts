import { DateTime } from 'luxon';
import { EVENT_TIME_ZONE } from '../events/event.js';

function inParis(value: string | Date): DateTime {
  const date = typeof value === 'string' ? DateTime.fromISO(value) : DateTime.fromJSDate(value);
  return date.setZone(EVENT_TIME_ZONE).setLocale('fr');
}

const DAY = 'cccc d LLLL yyyy';
const TIME = 'HH:mm';

/** "jeudi 10 décembre 2026 à 09:30", in Europe/Paris whatever the server's zone. */
export function frenchDateTime(value: string | Date): string {
  return inParis(value).toFormat(`${DAY} 'à' ${TIME}`);
}

/** "jeudi 10 décembre 2026 de 09:30 à 17:00", or "du … à 09:30 au … à 17:00" over several days. */
export function frenchPeriod(startsAt: string, endsAt: string): string {
  const start = inParis(startsAt);
  const end = inParis(endsAt);
  if (start.hasSame(end, 'day')) {
    return `${start.toFormat(DAY)} de ${start.toFormat(TIME)} à ${end.toFormat(TIME)}`;
  }
  return `du ${frenchDateTime(startsAt)} au ${frenchDateTime(endsAt)}`;
}

/** "09:45": the time of day in Europe/Paris. */
export function frenchTime(value: Date): string {
  return inParis(value).toFormat(TIME);
}
