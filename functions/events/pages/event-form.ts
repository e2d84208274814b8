import type { z } from 'zod';
import type { HubEvent } from '../event.js';
import {
  CreateEventBodySchema,
  PatchEventBodySchema,
  type CreateEventBody,
  type PatchEventBody,
} from '../schemas.js';
import { fieldErrorsFrom } from '../../http/validation.js';
import type { FieldErrors } from '../../shared/errors.js';
import { fromParisLocalInput } from '../../admin/paris-time.js';
import { parisLocalInput } from '../../shared/paris-dates.js';

export const EVENT_FORM_FIELDS = [
  'kind',
  'title',
  'summary',
  'description',
  'titleEn',
  'summaryEn',
  'descriptionEn',
  'startsAt',
  'endsAt',
  'registrationClosesAt',
  'venueName',
  'venueAddress',
  'venueCity',
  'joinUrl',
  'capacity',
  'waitlist',
  'speakers',
  'organiser',
] as const;
export type EventFormField = (typeof EVENT_FORM_FIELDS)[number];

/** What staff typed, field by field, exactly as typed (shown again beside the errors). */
export type EventFormValues = Partial<Record<EventFormField, string>>;

export const EVENT_FORM_LABELS: Record<EventFormField, string> = {
  kind: 'Type d’événement',
  title: 'Titre',
  summary: 'Résumé',
  description: 'Description',
  titleEn: 'Titre en anglais',
  summaryEn: 'Résumé en anglais',
  descriptionEn: 'Description en anglais',
  startsAt: 'Début',
  endsAt: 'Fin',
  registrationClosesAt: 'Clôture des inscriptions',
  venueName: 'Nom du lieu',
  venueAddress: 'Adresse',
  venueCity: 'Ville',
  joinUrl: 'Lien de connexion',
  capacity: 'Nombre de places',
  waitlist: 'Liste d’attente',
  speakers: 'Intervenants',
  organiser: 'Organisation',
};

const DATE_FIELDS = ['startsAt', 'endsAt', 'registrationClosesAt'] as const;
const REQUIRED_DATES: ReadonlySet<string> = new Set(['startsAt', 'endsAt']);

export function eventFormValues(raw: Record<string, unknown>): EventFormValues {
  const values: EventFormValues = {};
  for (const field of EVENT_FORM_FIELDS) {
    const value = raw[field];
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/** The stored event as its edit form shows it: dates in Paris wall-clock time. */
export function eventFormValuesOf(event: HubEvent): EventFormValues {
  return {
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    description: event.description,
    titleEn: event.translations?.en?.title ?? '',
    summaryEn: event.translations?.en?.summary ?? '',
    descriptionEn: event.translations?.en?.description ?? '',
    startsAt: parisLocalInput(event.startsAt),
    endsAt: parisLocalInput(event.endsAt),
    registrationClosesAt: event.registrationClosesAt ? parisLocalInput(event.registrationClosesAt) : '',
    venueName: event.venue?.name ?? '',
    venueAddress: event.venue?.address ?? '',
    venueCity: event.venue?.city ?? '',
    joinUrl: event.joinUrl ?? '',
    capacity: event.capacity === undefined ? '' : String(event.capacity),
    ...(event.waitlist ? { waitlist: 'on' } : {}),
    speakers: (event.speakers ?? []).join('\n'),
    organiser: event.organiser ?? '',
  };
}

export type FormParse<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

/** The create form through the API's own schema: same rules, same French messages. */
export function createBodyFromForm(values: EventFormValues): FormParse<CreateEventBody> {
  return parseWith(CreateEventBodySchema, values, undefined);
}

/**
 * The edit form as a merge patch: an emptied optional field is removed (null). The rules that look
 * at the whole event run in the service, on the patch merged with the stored event.
 */
export function patchBodyFromForm(values: EventFormValues): FormParse<PatchEventBody> {
  return parseWith(PatchEventBodySchema, values, null);
}

/** API field paths (`venue.city`, `speakers.2`) → the form's field names. */
export function formFieldErrors(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const field = formFieldOf(path);
    (mapped[field] ??= []).push(...messages);
  }
  return mapped;
}

/** The English texts of the form, by the API's field names. */
export const ENGLISH_FORM_FIELDS = {
  title: 'titleEn',
  summary: 'summaryEn',
  description: 'descriptionEn',
} as const;

/** "Anglais : 2 champs sur 3": how much of the English version staff wrote. */
export function englishCompleteness(values: EventFormValues): string {
  const fields = Object.values(ENGLISH_FORM_FIELDS);
  const written = fields.filter((field) => values[field]?.trim()).length;
  return `Anglais : ${written} champ${written > 1 ? 's' : ''} sur ${fields.length}`;
}

function formFieldOf(path: string): string {
  const [head, tail, field = ''] = path.split('.');
  if (head === 'translations') return ENGLISH_FORM_FIELDS[field as keyof typeof ENGLISH_FORM_FIELDS] ?? '_';
  if (head === 'venue')
    return tail === 'address' ? 'venueAddress' : tail === 'city' ? 'venueCity' : 'venueName';
  if (head && (EVENT_FORM_FIELDS as readonly string[]).includes(head)) return head;
  return '_';
}

function parseWith<S extends z.ZodType>(
  schema: S,
  values: EventFormValues,
  emptied: undefined | null,
): FormParse<z.infer<S>> {
  const { body, errors: dateErrors } = bodyFromValues(values, emptied);
  const parsed = schema.safeParse(body);
  const errors = parsed.success ? {} : formFieldErrors(fieldErrorsFrom(parsed.error));
  // A date that could not be read carries its own message, not the API's ISO 8601 one.
  Object.assign(errors, dateErrors);
  if (parsed.success && !Object.keys(errors).length) return { ok: true, body: parsed.data };
  return { ok: false, errors };
}

function bodyFromValues(values: EventFormValues, emptied: undefined | null) {
  const body: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  const trimmed = (field: EventFormField) => values[field]?.trim() ?? '';
  const optional = (field: string, value: unknown) => {
    const empty = value === '' || (Array.isArray(value) && !value.length);
    if (!empty) body[field] = value;
    else if (emptied === null) body[field] = null;
  };

  body.kind = values.kind ?? '';
  for (const field of ['title', 'summary', 'description'] as const) body[field] = values[field] ?? '';
  const english = Object.fromEntries(
    Object.entries(ENGLISH_FORM_FIELDS)
      .map(([field, formField]) => [field, values[formField]?.trim() ?? ''])
      .filter(([, value]) => value),
  );
  optional('translations', Object.keys(english).length ? { en: english } : '');
  for (const field of DATE_FIELDS) {
    const value = trimmed(field);
    if (!value) {
      if (REQUIRED_DATES.has(field)) {
        errors[field] = ['Ce champ est obligatoire.'];
        body[field] = '';
      } else optional(field, '');
      continue;
    }
    const read = fromParisLocalInput(value);
    if (read.ok) body[field] = read.iso;
    else {
      errors[field] = [read.message];
      body[field] = value;
    }
  }
  const venue = {
    name: values.venueName ?? '',
    address: values.venueAddress ?? '',
    city: values.venueCity ?? '',
  };
  optional('venue', Object.values(venue).some((part) => part.trim()) ? venue : '');
  optional('joinUrl', trimmed('joinUrl'));
  const capacity = trimmed('capacity');
  optional('capacity', capacity === '' ? '' : Number(capacity.replace(/\s/g, '')));
  body.waitlist = values.waitlist === 'on' || values.waitlist === 'true';
  optional(
    'speakers',
    (values.speakers ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  );
  optional('organiser', trimmed('organiser'));
  return { body, errors };
}
