import { PARIS_TIME_ZONE } from '../shared/paris-dates.js';
export const EVENT_KINDS = ['technical-day', 'webinar', 'training'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled', 'completed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface Venue {
  name: string;
  address: string;
  city: string;
}

/** The English version of an event's texts: each one optional, the French one shows (marked) where it is missing. */
export interface EventTranslation {
  title?: string;
  summary?: string;
  /** Markdown, as staff wrote it. */
  description?: string;
  /** Rendered when staff saved it, as the French one. */
  descriptionHtml?: string;
}

/** An event as stored. Dates are ISO 8601 strings with their offset, as staff entered them. */
export interface HubEvent {
  id: string;
  slug: string;
  kind: EventKind;
  title: string;
  summary: string;
  /** Markdown, as staff wrote it. */
  description: string;
  /**
   * The description rendered to sanitised HTML when staff saved the event, so the public side never loads
   * the Markdown renderer. Absent on events saved before it was stored (see description-html.ts).
   */
  descriptionHtml?: string;
  startsAt: string;
  endsAt: string;
  /** Absent: unlimited. */
  capacity?: number;
  waitlist: boolean;
  venue?: Venue;
  /** Webinars (and online trainings) only; never shown to anyone but confirmed registrants. */
  joinUrl?: string;
  /** Absent: registration closes at the start. */
  registrationClosesAt?: string;
  speakers?: string[];
  organiser?: string;
  /** Half-day signed attendance (functions/attendance/); absent: on for trainings only. */
  attendance?: boolean;
  /** Share of the planned hours a trainee must have signed for a certificate; absent: all of them (1). */
  certificateThreshold?: number;
  /** The survey's CSV names who answered; absent: anonymous. */
  surveyNamed?: boolean;
  /** Registrations stay open after the end, for the replay (status `replay`, no seat). */
  replayRegistration?: boolean;
  /** When staff first published its replays: the past events' list says a replay exists. */
  replaysPublishedAt?: string;
  translations?: { en?: EventTranslation };
  status: EventStatus;
  /** iCalendar SEQUENCE: +1 whenever the date or place changes, so calendars replace the entry. */
  sequence: number;
  /** When staff last moved the start of the published event (schema.org EventRescheduled). */
  rescheduledAt?: string;
  /** The starts it had before each move after publication, oldest first. */
  previousStartsAt?: string[];
  /** Absent: pages show the hub's default share image. */
  shareImage?: EventShareImage;
  /** The image staff are sending, until its confirmation (its key is built from this id). */
  shareImageUpload?: EventShareImage;
  confirmedCount: number;
  waitlistedCount: number;
  createdAt: string;
  updatedAt: string;
}

/** An event's own image for link previews, 1200 × 630, checked when its upload was confirmed. */
export interface EventShareImage {
  id: string;
  contentType: 'image/png' | 'image/jpeg';
  size: number;
  uploadedAt: string;
}

export const EVENT_TIME_ZONE = PARIS_TIME_ZONE;
