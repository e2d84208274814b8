import type { HubEvent } from '../events/event.js';
import type { ReminderKind } from './notifier.js';

const HOUR = 3_600_000;

/**
 * Which reminder is due now: the day-before one during the 24 h before the start (until the last
 * hour), the hour-before one during the last hour. At most one kind at a time, so someone who
 * registers late is not sent two reminders in a row.
 */
export function dueReminder(event: Pick<HubEvent, 'startsAt'>, now: Date): ReminderKind | undefined {
  const untilStart = new Date(event.startsAt).getTime() - now.getTime();
  if (untilStart <= 0) return undefined;
  if (untilStart <= HOUR) return 'hour-before';
  if (untilStart <= 24 * HOUR) return 'day-before';
  return undefined;
}
