import type { Clock } from '../shared/clock.js';
import { NotFoundError } from '../shared/errors.js';
import type { HubEvent } from './event.js';
import type { EventStore } from './event-store.js';
import { effectiveStatus } from './events-rules.js';

/** Events as the public sees them; EventAdminService adds what staff do. */
export class EventService {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  /** An event as the public sees it: drafts do not exist for them. */
  async getPublicBySlug(slug: string): Promise<HubEvent> {
    const event = await this.store.getBySlug(slug);
    if (!event || event.status === 'draft') throw new NotFoundError('Cet événement est introuvable.');
    return event;
  }

  /** Published events not yet over, soonest first. */
  async listUpcoming(): Promise<HubEvent[]> {
    const now = this.clock.now();
    const events = await this.store.listPublished();
    return events.filter((event) => effectiveStatus(event, now) === 'published');
  }

  /** Published events already over, most recent first. */
  async listPast(): Promise<HubEvent[]> {
    const now = this.clock.now();
    const events = await this.store.listPublished();
    return events.filter((event) => effectiveStatus(event, now) === 'completed').reverse();
  }

  /** Every published event, over or not, soonest first: what the sitemap names. */
  listPublished(): Promise<HubEvent[]> {
    return this.store.listPublished();
  }
}
