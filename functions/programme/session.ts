/**
 * One session of an event's programme (a talk, a round table, a visit), as stored. Dates are ISO 8601 strings
 * with their offset, within the event's dates. Other features (replays) refer to a session by its `id`.
 */
export interface ProgrammeSession {
  id: string;
  eventId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room?: string;
  /** Markdown, as staff wrote it. */
  description?: string;
  /** The description rendered to sanitised HTML when staff saved the session. */
  descriptionHtml?: string;
  /** Speakers (functions/speakers/) in the order staff gave them. */
  speakerIds: string[];
  /** iCalendar SEQUENCE of the session's own .ics: +1 on every change. */
  sequence: number;
  createdAt: string;
  updatedAt: string;
}

/** What the public may know of a speaker: only speakers who consented to publication are ever shown. */
export interface PublicSpeaker {
  id: string;
  name: string;
  role?: string;
  organisation?: string;
}

/** A session as the public programme shows it. */
export interface PublicSession {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  descriptionHtml: string;
  speakers: PublicSpeaker[];
}
