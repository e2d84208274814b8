import type { PersonRegistration } from './person-data.js';

/**
 * A registration still counted in an event that is not over: erasing it must go through a cancellation,
 * so the seat goes to the waitlist and the counters stay right. Past (or cancelled) events keep their
 * counters as aggregate figures and lose only the personal rows.
 */
export function holdsASeat({ registration, event }: PersonRegistration, now: Date): boolean {
  return (
    registration.status !== 'cancelled' &&
    event?.status === 'published' &&
    Date.parse(event.endsAt) > now.getTime()
  );
}
