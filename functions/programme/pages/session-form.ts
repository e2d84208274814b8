import type { z } from '@hono/zod-openapi';
import { fromParisLocalInput } from '../../admin/paris-time.js';
import { fieldErrorsFrom } from '../../http/validation.js';
import type { FieldErrors } from '../../shared/errors.js';
import { parisLocalInput } from '../../shared/paris-dates.js';
import { CreateSessionBodySchema, PatchSessionBodySchema } from '../schemas.js';
import type { ProgrammeSession } from '../session.js';

/** What the session form holds, as typed (dates as Paris `datetime-local` values). */
export interface SessionFormValues {
  title?: string;
  startsAt?: string;
  endsAt?: string;
  room?: string;
  description?: string;
  speakerIds?: string[];
}

export const SESSION_FORM_LABELS: Record<string, string> = {
  title: 'Titre',
  startsAt: 'Début',
  endsAt: 'Fin',
  room: 'Salle',
  description: 'Description',
  speakerIds: 'Intervenants',
};

export type SessionFormParse<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

export function sessionFormValues(raw: Record<string, string | File | (string | File)[]>): SessionFormValues {
  const text = (name: string) => (typeof raw[name] === 'string' ? raw[name] : '');
  const speakers = raw['speakerIds'];
  return {
    title: text('title'),
    startsAt: text('startsAt'),
    endsAt: text('endsAt'),
    room: text('room'),
    description: text('description'),
    speakerIds: (Array.isArray(speakers) ? speakers : [speakers]).filter(
      (value): value is string => typeof value === 'string' && value !== '',
    ),
  };
}

export function sessionFormValuesOf(session: ProgrammeSession): SessionFormValues {
  return {
    title: session.title,
    startsAt: parisLocalInput(session.startsAt),
    endsAt: parisLocalInput(session.endsAt),
    room: session.room ?? '',
    description: session.description ?? '',
    speakerIds: session.speakerIds,
  };
}

/** The add form through the API's schema: same rules, same French messages. */
export function createSessionFromForm(values: SessionFormValues) {
  return parseWith(CreateSessionBodySchema, values, undefined);
}

/** The edit form as a merge patch: an emptied room or description is removed. */
export function patchSessionFromForm(values: SessionFormValues) {
  return parseWith(PatchSessionBodySchema, values, null);
}

function parseWith<S extends z.ZodType>(
  schema: S,
  values: SessionFormValues,
  emptied: undefined | null,
): SessionFormParse<z.infer<S>> {
  const errors: FieldErrors = {};
  const body: Record<string, unknown> = { title: values.title ?? '', speakerIds: values.speakerIds ?? [] };
  for (const field of ['startsAt', 'endsAt'] as const) {
    const read = fromParisLocalInput(values[field]?.trim() ?? '');
    if (read.ok) body[field] = read.iso;
    else errors[field] = [read.message];
  }
  for (const field of ['room', 'description'] as const) {
    const value = values[field]?.trim() ?? '';
    if (value) body[field] = value;
    else if (emptied === null) body[field] = null;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    for (const [path, messages] of Object.entries(fieldErrorsFrom(parsed.error))) {
      const field = path.split('.')[0]!;
      if (!errors[field]) (errors[field in SESSION_FORM_LABELS ? field : '_'] ??= []).push(...messages);
    }
  if (parsed.success && !Object.keys(errors).length) return { ok: true, body: parsed.data };
  return { ok: false, errors };
}
