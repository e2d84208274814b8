import type { Registration } from '../registrations/registration.js';

/** Who gets the replay link: confirmed registrants and those who registered for the replay. */
export function seesReplays(registration: Pick<Registration, 'status'>): boolean {
  return registration.status === 'confirmed' || registration.status === 'replay';
}
