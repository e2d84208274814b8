import { EVENT_TIME_ZONE, type HubEvent } from './event.js';
import {
  effectiveStatus,
  hasAttendance,
  registrationClosesAt,
  registrationOpen,
  seatsLeft,
  waitlistOpen,
} from './events-rules.js';
import { descriptionHtmlOf } from './description-html.js';
import { shareImagePath } from './share-image-rules.js';
import type { AdminEventView } from './admin-event-schemas.js';
import type { PublicEventView } from './public-schemas.js';

export function eventPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/evenements/${slug}`;
}

/** The event as anyone may see it: built field by field, so the join URL cannot leak by accident. */
export function toPublicView(event: HubEvent, now: Date, baseUrl: string): PublicEventView {
  return {
    id: event.id,
    slug: event.slug,
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    description: event.description,
    descriptionHtml: descriptionHtmlOf(event),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: EVENT_TIME_ZONE,
    capacity: event.capacity ?? null,
    seatsLeft: seatsLeft(event),
    waitlistOpen: waitlistOpen(event, now),
    registrationOpen: registrationOpen(event, now),
    registrationClosesAt: registrationClosesAt(event),
    ...(event.venue
      ? { venue: { name: event.venue.name, address: event.venue.address, city: event.venue.city } }
      : {}),
    online: Boolean(event.joinUrl),
    ...(event.speakers?.length ? { speakers: [...event.speakers] } : {}),
    ...(event.organiser ? { organiser: event.organiser } : {}),
    status: effectiveStatus(event, now),
    url: eventPageUrl(baseUrl, event.slug),
  };
}

export function toAdminView(event: HubEvent, now: Date, baseUrl: string): AdminEventView {
  return {
    ...toPublicView(event, now, baseUrl),
    ...(event.joinUrl ? { joinUrl: event.joinUrl } : {}),
    ...(event.translations ? { translations: event.translations } : {}),
    waitlist: event.waitlist,
    attendance: hasAttendance(event),
    certificateThreshold: event.certificateThreshold ?? 1,
    surveyNamed: event.surveyNamed ?? false,
    ...(event.replayRegistration ? { replayRegistration: true } : {}),
    confirmedCount: event.confirmedCount,
    waitlistedCount: event.waitlistedCount,
    sequence: event.sequence,
    ...(event.shareImage
      ? { shareImageUrl: `${baseUrl.replace(/\/+$/, '')}${shareImagePath(event, event.shareImage)}` }
      : {}),
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}
