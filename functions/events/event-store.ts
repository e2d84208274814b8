import type { HubEvent } from './event.js';

/**
 * Port for events. The registrations module reads events (and their counters) through these two
 * methods; the events module adds what it needs for staff operations.
 */
export interface EventReader {
  get(id: string): Promise<HubEvent | undefined>;
  getBySlug(slug: string): Promise<HubEvent | undefined>;
}
