import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError, UnavailableError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { HubEvent } from '../events/event.js';
import { assertCanEdit } from '../events/events-rules.js';
import type { DescriptionRenderer } from '../events/event-admin-service.js';
import {
  MAX_SESSIONS_PER_EVENT,
  byStart,
  overlappingSession,
  roomKey,
  sessionDateViolations,
} from './programme-rules.js';
import type { ProgrammeAdminStore } from './programme-store.js';
import type { ProgrammeSession } from './session.js';

export type NewSession = Pick<ProgrammeSession, 'title' | 'startsAt' | 'endsAt'> &
  Partial<Pick<ProgrammeSession, 'room' | 'description' | 'speakerIds'>>;

/** A staff edit: absent = unchanged, null = removed. */
export type SessionPatch = Partial<Pick<ProgrammeSession, 'title' | 'startsAt' | 'endsAt' | 'speakerIds'>> & {
  room?: string | null;
  description?: string | null;
};

export interface ProgrammeAdminDeps {
  events: { get(id: string): Promise<HubEvent> };
  store: ProgrammeAdminStore;
  /** The ids among these that name no speaker. */
  unknownSpeakers: (ids: string[]) => Promise<string[]>;
  renderDescription: DescriptionRenderer;
  clock: Clock;
}

// Another write in the room between our read and our write sends us back to read again; a handful of rounds
// is plenty for staff editing a programme by hand.
const MAX_SAVE_ATTEMPTS = 8;

/** Staff build an event's programme: sessions within the event's dates, never two at once in one room. */
export class ProgrammeAdminService {
  constructor(private readonly deps: ProgrammeAdminDeps) {}

  async list(eventId: string): Promise<ProgrammeSession[]> {
    await this.deps.events.get(eventId);
    return (await this.deps.store.listSessions(eventId)).sort(byStart);
  }

  async get(eventId: string, sessionId: string): Promise<ProgrammeSession> {
    const session = (await this.deps.store.listSessions(eventId)).find(
      (candidate) => candidate.id === sessionId,
    );
    if (!session) throw new NotFoundError('Session inconnue.');
    return session;
  }

  async create(eventId: string, input: NewSession): Promise<ProgrammeSession> {
    const event = await this.deps.events.get(eventId);
    assertCanEdit(event);
    const now = this.deps.clock.now().toISOString();
    const session = withoutEmpty({
      ...input,
      id: newId(this.deps.clock.now()),
      eventId,
      speakerIds: input.speakerIds ?? [],
      sequence: 0,
      createdAt: now,
      updatedAt: now,
      ...(input.description ? { descriptionHtml: await this.deps.renderDescription(input.description) } : {}),
    });
    await this.check(event, session);
    return this.save(session, true);
  }

  async patch(eventId: string, sessionId: string, patch: SessionPatch): Promise<ProgrammeSession> {
    const event = await this.deps.events.get(eventId);
    assertCanEdit(event);
    const before = await this.get(eventId, sessionId);
    const merged: Record<string, unknown> = { ...before };
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (value === null) delete merged[field];
      else merged[field] = value;
    }
    if (patch.description !== undefined) {
      delete merged['descriptionHtml'];
      if (patch.description) merged['descriptionHtml'] = await this.deps.renderDescription(patch.description);
    }
    const session = withoutEmpty({
      ...(merged as unknown as ProgrammeSession),
      sequence: before.sequence + 1,
      updatedAt: this.deps.clock.now().toISOString(),
    });
    await this.check(event, session);
    return this.save(session, false);
  }

  async delete(eventId: string, sessionId: string): Promise<void> {
    assertCanEdit(await this.deps.events.get(eventId));
    if (!(await this.deps.store.delete(eventId, sessionId))) throw new NotFoundError('Session inconnue.');
  }

  private async check(event: HubEvent, session: ProgrammeSession): Promise<void> {
    const errors = sessionDateViolations(session, event);
    const unknown = await this.deps.unknownSpeakers(session.speakerIds);
    if (unknown.length) errors.speakerIds = [`Intervenant inconnu : ${unknown.join(', ')}.`];
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }

  /**
   * Reads the room's sessions and its guard, refuses an overlap, and writes on condition that the guard has not
   * moved: of two overlapping sessions written at once, the second reads the first and is refused.
   */
  private async save(session: ProgrammeSession, create: boolean): Promise<ProgrammeSession> {
    const room = roomKey(session.room);
    for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
      const snapshot = await this.deps.store.snapshot(session.eventId);
      if (!create && !snapshot.sessions.some((other) => other.id === session.id))
        throw new NotFoundError('Session inconnue.');
      if (create && snapshot.sessions.length >= MAX_SESSIONS_PER_EVENT)
        throw new ConflictError(
          `Un programme compte au plus ${MAX_SESSIONS_PER_EVENT} sessions.`,
          'programme-complet',
        );
      const clash = overlappingSession(session, snapshot.sessions);
      if (clash)
        throw new ConflictError(
          `La salle « ${session.room} » est déjà occupée à ce moment par « ${clash.title} ».`,
          'salle-occupee',
        );
      const written = await this.deps.store.save(session, {
        create,
        ...(room ? { room: { key: room, expectedVersion: snapshot.roomVersions.get(room) ?? 0 } } : {}),
      });
      if (written) return session;
    }
    throw new UnavailableError();
  }
}

/** Optional text left empty is no value at all. */
function withoutEmpty(session: ProgrammeSession): ProgrammeSession {
  const copy = { ...session };
  if (!copy.room) delete copy.room;
  if (!copy.description) {
    delete copy.description;
    delete copy.descriptionHtml;
  }
  return copy;
}
