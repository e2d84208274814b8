import { ConflictError, NotFoundError } from '../shared/errors.js';
import type { SubscriberAdminStore } from './subscriber-store.js';
import { SUBSCRIBER_STATUSES, type SubscriberStatus, type Topic } from './subscriber.js';

export interface TopicFigures {
  /** Confirmed subscribers per topic slug. */
  confirmedByTopic: Record<string, number>;
  byStatus: Record<SubscriberStatus, number>;
}

export const TOPIC_TAKEN = 'Un thème porte déjà cet identifiant : choisissez-en un autre.';
export const TOPIC_UNKNOWN = 'Ce thème n’existe pas (ou plus).';

/** Staff manage the newsletter's topics; subscribers who chose a deleted topic keep the slug harmlessly. */
export class TopicService {
  constructor(private readonly store: SubscriberAdminStore) {}

  async list(): Promise<Topic[]> {
    return (await this.store.listTopics()).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  async create(topic: Topic): Promise<Topic> {
    if (!(await this.store.createTopic(topic))) throw new ConflictError(TOPIC_TAKEN, 'theme-existant');
    return topic;
  }

  /** A new name; the English one is replaced when given, kept otherwise. */
  async rename(slug: string, change: Omit<Topic, 'slug'>): Promise<Topic> {
    const renamed = await this.store.renameTopic(slug, change);
    if (!renamed) throw new NotFoundError(TOPIC_UNKNOWN);
    return renamed;
  }

  async remove(slug: string): Promise<void> {
    if (!(await this.store.deleteTopic(slug))) throw new NotFoundError(TOPIC_UNKNOWN);
  }

  /** One pass over the subscriber index (paged): fine for a federation's thousands of addresses. */
  async figures(): Promise<TopicFigures> {
    const figures: TopicFigures = {
      confirmedByTopic: {},
      byStatus: { pending: 0, confirmed: 0, unsubscribed: 0 },
    };
    for (const status of SUBSCRIBER_STATUSES) {
      let cursor: string | undefined;
      do {
        const page = await this.store.listByStatus(status, cursor);
        figures.byStatus[status] += page.items.length;
        if (status === 'confirmed')
          for (const subscriber of page.items)
            for (const slug of subscriber.topics)
              figures.confirmedByTopic[slug] = (figures.confirmedByTopic[slug] ?? 0) + 1;
        cursor = page.cursor;
      } while (cursor);
    }
    return figures;
  }
}
