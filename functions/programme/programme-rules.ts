import type { FieldErrors } from '../shared/errors.js';
import type { ProgrammeSession } from './session.js';

export const MAX_SESSIONS_PER_EVENT = 100;
export const MAX_SPEAKERS_PER_SESSION = 20;

type Timed = Pick<ProgrammeSession, 'startsAt' | 'endsAt'>;

/**
 * The room as the overlap rule compares it: « Salle 1 », « salle 1 » and « Salle  1 » are one room.
 * Undefined for a session without a room, which overlaps nothing.
 */
export function roomKey(room: string | undefined): string | undefined {
  const key = room?.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
  return key || undefined;
}

/** A session lies within its event's dates and ends after it starts. */
export function sessionDateViolations(session: Timed, event: Timed): FieldErrors {
  const errors: FieldErrors = {};
  const starts = Date.parse(session.startsAt);
  const ends = Date.parse(session.endsAt);
  if (!(ends > starts)) errors.endsAt = ['La fin de la session doit être postérieure à son début.'];
  if (starts < Date.parse(event.startsAt) || starts > Date.parse(event.endsAt))
    errors.startsAt = ['La session doit commencer pendant l’événement.'];
  if (ends > Date.parse(event.endsAt) || ends < Date.parse(event.startsAt))
    (errors.endsAt ??= []).push('La session doit finir avant la fin de l’événement.');
  return errors;
}

/** The session of the same room whose time meets this one's (touching ends do not overlap), if any. */
export function overlappingSession<S extends ProgrammeSession>(
  session: Pick<ProgrammeSession, 'id' | 'startsAt' | 'endsAt' | 'room'>,
  others: S[],
): S | undefined {
  const room = roomKey(session.room);
  if (!room) return undefined;
  const starts = Date.parse(session.startsAt);
  const ends = Date.parse(session.endsAt);
  return others.find(
    (other) =>
      other.id !== session.id &&
      roomKey(other.room) === room &&
      Date.parse(other.startsAt) < ends &&
      starts < Date.parse(other.endsAt),
  );
}

/** Ordered by start, then end, then room: the order of the timetable. */
export function byStart(a: Timed & { room?: string | null }, b: Timed & { room?: string | null }): number {
  return (
    Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
    Date.parse(a.endsAt) - Date.parse(b.endsAt) ||
    (a.room ?? '').localeCompare(b.room ?? '', 'fr')
  );
}
