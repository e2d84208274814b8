import { z } from '@hono/zod-openapi';
import { dateTime } from '../events/schemas.js';
import { multiLineText, singleLineText } from '../http/text-fields.js';
import { MAX_SPEAKERS_PER_SESSION } from './programme-rules.js';

const speakerIds = z
  .array(z.string().min(1).max(40))
  .max(MAX_SPEAKERS_PER_SESSION, `${MAX_SPEAKERS_PER_SESSION} intervenants au maximum.`)
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Un intervenant est cité deux fois.' })
  .openapi({ description: 'Identifiants d’intervenants (`/api/admin/speakers`), dans l’ordre d’affichage.' });

const sessionFields = {
  title: singleLineText(200),
  startsAt: dateTime,
  endsAt: dateTime,
  room: singleLineText(100).openapi({ description: 'Deux sessions d’une même salle ne se chevauchent pas.' }),
  description: multiLineText(10_000).openapi({
    description: 'Markdown, rendu en HTML sûr à l’enregistrement.',
  }),
  speakerIds,
};

export const CreateSessionBodySchema = z
  .strictObject({
    title: sessionFields.title,
    startsAt: sessionFields.startsAt,
    endsAt: sessionFields.endsAt,
    room: sessionFields.room.optional(),
    description: sessionFields.description.optional(),
    speakerIds: sessionFields.speakerIds.optional(),
  })
  .openapi('CreateSessionBody');

/** JSON merge patch: absent = unchanged, null = removed. */
export const PatchSessionBodySchema = z
  .strictObject({
    title: sessionFields.title.optional(),
    startsAt: sessionFields.startsAt.optional(),
    endsAt: sessionFields.endsAt.optional(),
    room: sessionFields.room.nullable().optional(),
    description: sessionFields.description.nullable().optional(),
    speakerIds: sessionFields.speakerIds.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'Indiquez au moins un champ à modifier.' })
  .openapi('PatchSessionBody');

const idParam = (name: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name, in: 'path' } });

export const SessionParamsSchema = z.object({ id: idParam('id'), sessionId: idParam('sessionId') });

export const SessionSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    room: z.string().optional(),
    description: z.string().optional(),
    descriptionHtml: z.string().optional(),
    speakerIds: z.array(z.string()),
    sequence: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ProgrammeSession');

export const SessionListSchema = z.object({ items: z.array(SessionSchema) }).openapi('ProgrammeSessionList');
