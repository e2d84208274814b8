import type { HubEvent } from './event.js';
import { effectiveStatus, seatsLeft } from './events-rules.js';
import { parisIsoDateTime } from '../shared/paris-dates.js';

export interface EventStructuredDataOptions {
  /** The event page's absolute URL: the online location and the offer's URL. */
  pageUrl: string;
  organizer: { name: string; url: string };
  now: Date;
}

/**
 * The schema.org `Event` of a published event, for search engines. Its online location is the public page,
 * never the join link (only confirmed registrants receive it). The event keeps no record of a moved date (its
 * SEQUENCE counts moves of date and place alike), so a published event is `EventScheduled`.
 */
export function eventStructuredData(
  event: HubEvent,
  { pageUrl, organizer, now }: EventStructuredDataOptions,
) {
  const online = Boolean(event.joinUrl) || (event.kind === 'webinar' && !event.venue);
  const place = event.venue
    ? {
        '@type': 'Place',
        name: event.venue.name,
        address: {
          '@type': 'PostalAddress',
          streetAddress: event.venue.address,
          addressLocality: event.venue.city,
          addressCountry: 'FR',
        },
      }
    : undefined;
  const virtualLocation = online ? { '@type': 'VirtualLocation', url: pageUrl } : undefined;
  const locations = [place, virtualLocation].filter((location) => location !== undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: parisIsoDateTime(event.startsAt),
    endDate: parisIsoDateTime(event.endsAt),
    eventStatus:
      effectiveStatus(event, now) === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: place
      ? online
        ? 'https://schema.org/MixedEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode'
      : 'https://schema.org/OnlineEventAttendanceMode',
    location: locations.length === 1 ? locations[0] : locations,
    organizer: { '@type': 'Organization', name: organizer.name, url: organizer.url },
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      availability: seatsLeft(event) === 0 ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
      url: pageUrl,
    },
    inLanguage: 'fr',
    ...(event.speakers?.length
      ? { performer: event.speakers.map((name) => ({ '@type': 'Person', name })) }
      : {}),
  };
}
