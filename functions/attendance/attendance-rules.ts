import { createHmac } from 'node:crypto';
import type { HubEvent } from '../events/event.js';
import { CONTROL_OR_LINE_BREAK } from '../http/text-patterns.js';
import { frenchFullDate, parisIsoDate, parisLocalInput } from '../shared/paris-dates.js';
import type { RoomCodeClaim, SignatureMark, Slot } from './slot.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Paris wall-clock time at which a day splits into its morning and its afternoon. */
const SPLIT_TIME = '13:00';
const MIN_SLOT_MS = HOUR_MS;

/**
 * The half-day slots of an event: for each Paris calendar day from the start's to the end's, the day runs from
 * the start's time of day to the end's, split at 13:00; a part shorter than an hour is dropped. Wall-clock
 * times are turned into instants day by day, so a day after a DST change keeps its hours.
 */
export function deriveSlots(event: Pick<HubEvent, 'id' | 'startsAt' | 'endsAt'>): Slot[] {
  const startTime = parisLocalInput(event.startsAt).slice(11);
  const endTime = parisLocalInput(event.endsAt).slice(11);
  const slots: Slot[] = [];
  for (const day of parisDays(parisIsoDate(event.startsAt), parisIsoDate(event.endsAt))) {
    const dayStart = parisInstant(day, startTime);
    const dayEnd = parisInstant(day, endTime);
    const split = parisInstant(day, SPLIT_TIME);
    const halves: [string, Date, Date][] = [
      ['matin', dayStart, new Date(Math.min(dayEnd.getTime(), split.getTime()))],
      ['après-midi', new Date(Math.max(dayStart.getTime(), split.getTime())), dayEnd],
    ];
    for (const [half, startsAt, endsAt] of halves) {
      if (endsAt.getTime() - startsAt.getTime() < MIN_SLOT_MS) continue;
      slots.push({
        id: `${day}-${half === 'matin' ? 'matin' : 'apres-midi'}`,
        eventId: event.id,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        label: `${frenchFullDate(startsAt)}, ${half}`,
      });
    }
  }
  return slots;
}

/** Every calendar day from `first` to `last` (ISO dates), both included. */
function parisDays(first: string, last: string): string[] {
  const days: string[] = [];
  for (
    let day = Date.parse(`${first}T00:00:00Z`);
    day <= Date.parse(`${last}T00:00:00Z`);
    day += 24 * HOUR_MS
  )
    days.push(new Date(day).toISOString().slice(0, 10));
  return days;
}

/** The instant a Paris wall-clock time names on a day (a time skipped by DST moves forward with the clock). */
export function parisInstant(day: string, time: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  const offsetAt = (instant: number) => Date.parse(`${parisLocalInput(new Date(instant))}:00Z`) - instant;
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/** Signatures are taken from 30 minutes before a slot starts to 2 hours after it ends. */
export const OPENS_BEFORE_MS = 30 * MINUTE_MS;
export const CLOSES_AFTER_MS = 2 * HOUR_MS;

/** Whether trainees may sign the slot now: in its signing hours, and not closed by its trainer. */
export function isOpen(slot: Pick<Slot, 'startsAt' | 'endsAt' | 'closing'>, now: Date): boolean {
  const time = now.getTime();
  return (
    !slot.closing &&
    time >= Date.parse(slot.startsAt) - OPENS_BEFORE_MS &&
    time <= Date.parse(slot.endsAt) + CLOSES_AFTER_MS
  );
}

/** A room code changes every minute and is accepted in its own minute and the next. */
const CODE_WINDOW_MS = MINUTE_MS;
const CODE_WINDOWS_ACCEPTED = 2;
/** No 0/O, 1/I/L: read aloud or typed from a screen, nothing looks alike. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 8 characters of a 31-letter alphabet: about 2^39 codes. */
export const CODE_LENGTH = 8;

/** The code window `now` falls in: its number, in minutes since the epoch. */
export function codeWindow(now: Date): number {
  return Math.floor(now.getTime() / CODE_WINDOW_MS);
}

/** When a code made in this window stops being accepted. */
export function codeExpiresAt(window: number): Date {
  return new Date((window + CODE_WINDOWS_ACCEPTED) * CODE_WINDOW_MS);
}

/**
 * The room code of a slot in a window: an HMAC of both under the hub's key, so every device showing the
 * slot shows the same code, and nobody without the key can make one.
 */
export function roomCode(key: string, eventId: string, slotId: string, window: number): string {
  const digest = createHmac('sha256', key)
    .update(`room-code\u0000${eventId}\u0000${slotId}\u0000${window}`)
    .digest();
  let code = '';
  for (let index = 0; index < CODE_LENGTH; index++)
    code += CODE_ALPHABET[digest[index]! % CODE_ALPHABET.length];
  return code;
}

/** A code as typed: spaces and dashes dropped, upper case; undefined when it cannot be a code. */
export function normaliseCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return code.length === CODE_LENGTH && [...code].every((char) => CODE_ALPHABET.includes(char))
    ? code
    : undefined;
}

/** Whether the claim of a code still holds at `now`: made in this window or the one before. */
export function codeIsCurrent(claim: Pick<RoomCodeClaim, 'window'>, now: Date): boolean {
  const window = codeWindow(now);
  return claim.window <= window && claim.window > window - CODE_WINDOWS_ACCEPTED;
}

/** Drawn signatures are SVG path data of at most 32 KB. */
export const MAX_PATH_BYTES = 32 * 1024;
export const MAX_TYPED_NAME_LENGTH = 150;

/**
 * Path data as a signature canvas writes it: move, line and curve commands with numbers, nothing else
 * (no markup, no other SVG element can hide in it).
 */
const PATH_DATA = /^[MmLlHhVvCcSsQqTtZz0-9.,\-+eE\s]*$/;
const PATH_START = /^\s*[Mm]/;

/** The reason a signature is refused, or undefined when it may be stored. */
export function signatureProblem(signature: SignatureMark): string | undefined {
  if ('path' in signature) {
    const { path } = signature;
    if (Buffer.byteLength(path) > MAX_PATH_BYTES) return 'Le tracé dépasse 32 Ko.';
    if (!PATH_START.test(path) || !PATH_DATA.test(path) || !/\d/.test(path))
      return 'Le tracé n’est pas une signature lisible.';
    return undefined;
  }
  const name = signature.typedName;
  if (!name.trim()) return 'Tapez votre nom complet.';
  if (name.length > MAX_TYPED_NAME_LENGTH) return `${MAX_TYPED_NAME_LENGTH} caractères au maximum.`;
  if (/[<>{}\\]/.test(name) || CONTROL_OR_LINE_BREAK.test(name))
    return 'Le nom ne doit contenir ni balisage ni caractère de contrôle.';
  return undefined;
}
