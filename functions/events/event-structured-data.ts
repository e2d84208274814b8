import type { HubEvent } from './event.js';
import { effectiveStatus, seatsLeft } from './events-rules.js';
import { parisIsoDateTime } from '../shared/paris-dates.js';
import type { PublicSession } from '../programme/session.js';

export interface EventStructuredDataOptions {
  /** The event page's absolute URL: the online location and the offer's URL. */
  pageUrl: string;
  /** The absolute URL of the event's share image, else of the hub's. */
  imageUrl: string;
  organizer: { name: string; url: string };
  now: Date;
  /** Its sessions become `subEvent`s, their (consenting) speakers the performers. */
  programme?: PublicSession[];
}

/**
 * The schema.org `Event` of a published event, for search engines. Its online location is the public page,
 * never the join link (only confirmed registrants receive it). An event whose start staff moved after
 * publication is `EventRescheduled`, with the starts it left in `previousStartDate`.
 */
export function eventStructuredData(
  event: HubEvent,
  { pageUrl, imageUrl, organizer, now, programme = [] }: EventStructuredDataOptions,
) {
  const person = (speaker: { name: string; organisation?: string }) => ({
    '@type': 'Person',
    name: speaker.name,
    ...(speaker.organisation ? { affiliation: { '@type': 'Organization', name: speaker.organisation } } : {}),
  });
  const performers = programme.length
    ? [...new Map(programme.flatMap((session) => session.speakers).map((s) => [s.id, s])).values()].map(
        person,
      )
    : (event.speakers ?? []).map((name) => ({ '@type': 'Person', name }));
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
    image: imageUrl,
    startDate: parisIsoDateTime(event.startsAt),
    endDate: parisIsoDateTime(event.endsAt),
    eventStatus: eventStatus(event, now),
    ...previousStartDate(event),
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
    ...(performers.length ? { performer: performers } : {}),
    ...(programme.length
      ? {
          subEvent: programme.map((session) => ({
            '@type': 'Event',
            name: session.title,
            startDate: parisIsoDateTime(session.startsAt),
            endDate: parisIsoDateTime(session.endsAt),
            ...(session.speakers.length ? { performer: session.speakers.map(person) } : {}),
          })),
        }
      : {}),
  };
}

function eventStatus(event: HubEvent, now: Date): string {
  if (effectiveStatus(event, now) === 'cancelled') return 'https://schema.org/EventCancelled';
  if (event.rescheduledAt) return 'https://schema.org/EventRescheduled';
  return 'https://schema.org/EventScheduled';
}

/** One start as a single value, several (moved more than once) as a list, as schema.org repeats a property. */
function previousStartDate(event: HubEvent): { previousStartDate?: string | string[] } {
  const starts = (event.previousStartsAt ?? []).map(parisIsoDateTime);
  if (!starts.length) return {};
  return { previousStartDate: starts.length === 1 ? starts[0]! : starts };
}
