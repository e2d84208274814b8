import type { EventAdminService } from '../../events/event-admin-service.js';
import type { NewsletterService } from '../../newsletter/newsletter-service.js';
import { formatEventDates, placeLabel } from '../../events/pages/format.js';
import type { EventCard } from '../campaign-blocks.js';

export interface ComposerChoices {
  topics: { slug: string; name: string }[];
  /** Events whose people can be an audience (not drafts: nobody registers to a draft). */
  audienceEvents: { id: string; label: string }[];
  /** Published events an event card can show, by id. */
  cards: Map<string, EventCard>;
}

export interface ComposerChoicesDeps {
  newsletter: Pick<NewsletterService, 'listTopics'>;
  events: Pick<EventAdminService, 'listAll'>;
  /** Where the event pages live: the cards link to them. */
  baseUrl: string;
}

/** What the composer offers: the topics of the store, and events with their card content in Paris time. */
export async function composerChoices(deps: ComposerChoicesDeps): Promise<ComposerChoices> {
  const [topics, events] = await Promise.all([deps.newsletter.listTopics(), deps.events.listAll()]);
  const visible = events
    .filter((event) => event.status !== 'draft')
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const cards = new Map<string, EventCard>();
  for (const event of visible) {
    if (event.status !== 'published') continue;
    cards.set(event.id, {
      title: event.title,
      dates: formatEventDates(event),
      place: event.venue ? `${event.venue.name}, ${placeLabel(event)}` : placeLabel(event),
      url: new URL(`/evenements/${encodeURIComponent(event.slug)}`, deps.baseUrl).toString(),
    });
  }
  return {
    topics: topics.map(({ slug, name }) => ({ slug, name })),
    audienceEvents: visible.map((event) => ({
      id: event.id,
      label: `${event.title} (${formatEventDates(event)})`,
    })),
    cards,
  };
}
