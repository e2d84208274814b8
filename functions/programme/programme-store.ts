import type { ProgrammeSession } from './session.js';

/** Port: the sessions the public programme reads. */
export interface ProgrammeStore {
  /** The event's sessions, in no particular order. */
  listSessions(eventId: string): Promise<ProgrammeSession[]>;
}

/**
 * The event's sessions with the version of each room's guard: a write in a room succeeds only if no other
 * write in that room happened since these were read (see `save`).
 */
export interface ProgrammeSnapshot {
  sessions: ProgrammeSession[];
  roomVersions: Map<string, number>;
}

/** Port: what staff change. */
export interface ProgrammeAdminStore extends ProgrammeStore {
  snapshot(eventId: string): Promise<ProgrammeSnapshot>;
  /**
   * Writes the session (`create`: unless it exists; else: only if it still exists). With a room, the room's
   * guard moves on in the same transaction, on condition it is still at `expectedRoomVersion`. False when a
   * condition refused the write: the caller reads again and decides again.
   */
  save(
    session: ProgrammeSession,
    options: { create: boolean; room?: { key: string; expectedVersion: number } },
  ): Promise<boolean>;
  /** False when there was no such session. */
  delete(eventId: string, sessionId: string): Promise<boolean>;
}
