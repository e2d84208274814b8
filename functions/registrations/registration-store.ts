import type { Registration } from './registration.js';

/** Port for registrations, as the events module needs it (notify everyone on change or cancel). */
export interface RegistrationReader {
  /** Every registration of the event, any status, oldest first. */
  listByEvent(eventId: string): Promise<Registration[]>;
}
