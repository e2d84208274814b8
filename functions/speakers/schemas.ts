import { z } from '@hono/zod-openapi';
import { emailField, multiLineText, singleLineText } from '../http/text-fields.js';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from './speaker-rules.js';

const consent = z
  .boolean({ error: 'Indiquez si l’intervenant accepte d’être présenté publiquement (true ou false).' })
  .openapi({ description: 'Sans ce consentement, l’intervenant n’apparaît nulle part publiquement.' });

const speakerFields = {
  name: singleLineText(150),
  role: singleLineText(150),
  organisation: singleLineText(200),
  bio: multiLineText(3000),
  email: emailField.openapi({ description: 'Jamais publiée.' }),
};

export const CreateSpeakerBodySchema = z
  .strictObject({
    name: speakerFields.name,
    role: speakerFields.role.optional(),
    organisation: speakerFields.organisation.optional(),
    bio: speakerFields.bio.optional(),
    email: speakerFields.email.optional(),
    publicationConsent: consent,
  })
  .openapi('CreateSpeakerBody');

/** JSON merge patch: absent = unchanged, null = removed. */
export const PatchSpeakerBodySchema = z
  .strictObject({
    name: speakerFields.name.optional(),
    role: speakerFields.role.nullable().optional(),
    organisation: speakerFields.organisation.nullable().optional(),
    bio: speakerFields.bio.nullable().optional(),
    email: speakerFields.email.nullable().optional(),
    publicationConsent: consent.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'Indiquez au moins un champ à modifier.' })
  .openapi('PatchSpeakerBody');

export const SpeakerIdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const PhotoUploadBodySchema = z
  .strictObject({
    contentType: z.enum(PHOTO_TYPES, { error: 'La photo doit être une image PNG ou JPEG.' }),
    size: z
      .number()
      .int()
      .positive()
      .max(MAX_PHOTO_BYTES, `La photo doit peser au plus ${MAX_PHOTO_BYTES / 1024 / 1024} Mo.`),
  })
  .openapi('SpeakerPhotoUploadBody');

export const SpeakerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string().optional(),
    organisation: z.string().optional(),
    bio: z.string().optional(),
    email: z.string().optional(),
    publicationConsent: z.boolean(),
    consentChangedAt: z.string(),
    photo: z
      .object({ status: z.enum(['pending', 'ready']), contentType: z.string(), size: z.number() })
      .optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Speaker');
