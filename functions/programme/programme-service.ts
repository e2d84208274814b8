import { NotFoundError } from '../shared/errors.js';
import type { HubEvent } from '../events/event.js';
import type { EventService } from '../events/event-service.js';
import type { SpeakerStore } from '../speakers/speaker-store.js';
import { byStart } from './programme-rules.js';
import type { ProgrammeStore } from './programme-store.js';
import type { ProgrammeSession, PublicSession } from './session.js';

/** The public programme of an event: its sessions, each with the speakers who consented to be shown. */
export class ProgrammeService {
  constructor(
    private readonly events: Pick<EventService, 'getPublicBySlug'>,
    private readonly store: ProgrammeStore,
    private readonly speakers: SpeakerStore,
  ) {}

  /** The programme of a public event (404 for a draft or an unknown one), ordered by start. */
  async publicProgrammeBySlug(slug: string): Promise<{ event: HubEvent; sessions: PublicSession[] }> {
    const event = await this.events.getPublicBySlug(slug);
    return { event, sessions: await this.publicSessions(event) };
  }

  /** The sessions of an event the caller already knows to be public, ordered by start. */
  async publicSessions(event: Pick<HubEvent, 'id'>): Promise<PublicSession[]> {
    const sessions = await this.store.listSessions(event.id);
    if (!sessions.length) return [];
    const speakers = new Map(
      (
        await this.speakers.publicSpeakers([...new Set(sessions.flatMap((session) => session.speakerIds))])
      ).map((speaker) => [speaker.id, speaker]),
    );
    return sessions.map((session) => publicView(session, speakers)).sort(byStart);
  }

  /** One session of a public event, for its own calendar file. */
  async publicSession(
    slug: string,
    sessionId: string,
  ): Promise<{ event: HubEvent; session: ProgrammeSession }> {
    const event = await this.events.getPublicBySlug(slug);
    const session = (await this.store.listSessions(event.id)).find((candidate) => candidate.id === sessionId);
    if (!session) throw new NotFoundError('Cette session est introuvable.');
    return { event, session };
  }
}

function publicView(session: ProgrammeSession, speakers: Map<string, PublicSession['speakers'][number]>) {
  return {
    id: session.id,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    room: session.room ?? null,
    descriptionHtml: session.descriptionHtml ?? '',
    speakers: session.speakerIds.flatMap((id) => speakers.get(id) ?? []),
  } satisfies PublicSession;
}
