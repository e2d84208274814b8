import type { z } from '@hono/zod-openapi';
import { fieldErrorsFrom } from '../../http/validation.js';
import type { FieldErrors } from '../../shared/errors.js';
import { CreateSpeakerBodySchema, PatchSpeakerBodySchema } from '../schemas.js';
import type { Speaker } from '../speaker.js';

const TEXT_FIELDS = ['name', 'role', 'organisation', 'email', 'bio'] as const;

export type SpeakerFormValues = { [K in (typeof TEXT_FIELDS)[number]]?: string } & {
  publicationConsent?: boolean;
};

export const SPEAKER_FORM_LABELS: Record<string, string> = {
  name: 'Nom',
  role: 'Fonction',
  organisation: 'Organisation',
  email: 'Adresse e-mail',
  bio: 'Présentation',
  publicationConsent: 'Consentement à la publication',
};

export type SpeakerFormParse<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

export function speakerFormValues(raw: Record<string, unknown>): SpeakerFormValues {
  const values: SpeakerFormValues = { publicationConsent: raw['publicationConsent'] === 'on' };
  for (const field of TEXT_FIELDS) values[field] = typeof raw[field] === 'string' ? raw[field] : '';
  return values;
}

export function speakerFormValuesOf(speaker: Speaker): SpeakerFormValues {
  return {
    name: speaker.name,
    role: speaker.role ?? '',
    organisation: speaker.organisation ?? '',
    email: speaker.email ?? '',
    bio: speaker.bio ?? '',
    publicationConsent: speaker.publicationConsent,
  };
}

export function createSpeakerFromForm(values: SpeakerFormValues) {
  return parseWith(CreateSpeakerBodySchema, values, undefined);
}

/** The edit form as a merge patch: an emptied optional field is removed. */
export function patchSpeakerFromForm(values: SpeakerFormValues) {
  return parseWith(PatchSpeakerBodySchema, values, null);
}

function parseWith<S extends z.ZodType>(
  schema: S,
  values: SpeakerFormValues,
  emptied: undefined | null,
): SpeakerFormParse<z.infer<S>> {
  const body: Record<string, unknown> = {
    name: values.name ?? '',
    publicationConsent: values.publicationConsent === true,
  };
  for (const field of TEXT_FIELDS.slice(1)) {
    const value = values[field]?.trim() ?? '';
    if (value) body[field] = value;
    else if (emptied === null) body[field] = null;
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(fieldErrorsFrom(parsed.error))) {
    const field = path.split('.')[0]!;
    (errors[field in SPEAKER_FORM_LABELS ? field : '_'] ??= []).push(...messages);
  }
  return { ok: false, errors };
}
