import { DateTime } from 'luxon';
import { EVENT_TIME_ZONE } from '../events/event.js';

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export type ParisInput = { ok: true; iso: string } | { ok: false; message: string };

/**
 * A `datetime-local` value read as Paris wall-clock time, as ISO 8601 with the Paris offset of that
 * day (+01:00 in winter, +02:00 in summer), whatever the server's own zone.
 */
export function fromParisLocalInput(value: string): ParisInput {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return { ok: false, message: 'Saisissez une date et une heure, par exemple 12/03/2026 09:00.' };
  const local = DateTime.fromISO(value, { zone: EVENT_TIME_ZONE });
  if (!local.isValid) return { ok: false, message: 'Cette date n’existe pas.' };
  // Luxon moves a time that the spring change skips (2:30 on the last Sunday of March) an hour later.
  if (local.hour !== Number(match[4]) || local.minute !== Number(match[5]))
    return {
      ok: false,
      message:
        'Cette heure n’existe pas à Paris ce jour-là (passage à l’heure d’été) : choisissez-en une autre.',
    };
  return { ok: true, iso: local.toISO({ suppressMilliseconds: true })! };
}
