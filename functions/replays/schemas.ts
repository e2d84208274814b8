import { z } from '@hono/zod-openapi';
import { singleLineText } from '../http/text-fields.js';
import { multipartTicketSchema, uploadConfirmationSchema } from '../http/upload-schemas.js';
import { REPLAY_FILE_KINDS } from './replay.js';
import { MAX_REPLAY_FILE_BYTES, REPLAY_FILE_TYPES } from './replay-file-rules.js';

const id = (name: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name, in: 'path' } });

export const EventParamsSchema = z.object({ id: id('id') });
export const ReplayParamsSchema = z.object({ id: id('id'), replayId: id('replayId') });
export const ReplayFileParamsSchema = z.object({
  id: id('id'),
  replayId: id('replayId'),
  fileId: id('fileId'),
});

export const CreateReplayBodySchema = z
  .strictObject({
    sessionId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'Une session du programme de l’événement (enregistrée telle quelle).' }),
    title: singleLineText(200),
    videoUrl: z
      .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'Adresse https attendue.' })
      .max(2000)
      .optional()
      .openapi({ description: 'Une vidéo hébergée ailleurs, liée depuis la page du replay.' }),
    durationSeconds: z
      .number()
      .int()
      .min(1)
      .max(24 * 3600)
      .optional(),
  })
  .openapi('CreateReplayBody');

export const ReplayUploadBodySchema = z
  .strictObject({
    kind: z.enum(REPLAY_FILE_KINDS),
    name: z.string().min(1, 'Ce champ est obligatoire.').max(1000, '1000 caractères au maximum.'),
    contentType: z
      .string()
      .min(1)
      .max(200)
      .openapi({ enum: Object.values(REPLAY_FILE_TYPES).flatMap((types) => Object.keys(types)) }),
    size: z
      .number()
      .int()
      .min(1, 'Le fichier est vide.')
      .max(Number.MAX_SAFE_INTEGER)
      .openapi({ description: `Octets : ${MAX_REPLAY_FILE_BYTES.video} au plus pour une vidéo.` }),
  })
  .openapi('ReplayUploadBody');

export const ReplayUploadTicketSchema = z
  .object({
    fileId: z.string(),
    uploadUrl: z.string(),
    multipart: multipartTicketSchema.optional().openapi({
      description:
        'Au-delà de 64 Mio : envoyez chaque partie (partSize octets, la dernière moins) par PUT à son url, ' +
        'notez l’en-tête ETag de chaque réponse, puis confirmez avec { uploadId, parts: [{ partNumber, etag }] }.',
    }),
  })
  .openapi('ReplayUploadTicket');

export const ConfirmReplayUploadBodySchema = uploadConfirmationSchema.openapi('ReplayUploadConfirmation');

export const ReplayFileSchema = z
  .object({
    id: z.string(),
    kind: z.enum(REPLAY_FILE_KINDS),
    name: z.string(),
    contentType: z.string(),
    size: z.number(),
    status: z.enum(['pending', 'ready']),
    uploadedAt: z.string().optional(),
  })
  .openapi('ReplayFile');

export const ReplaySchema = z
  .object({
    id: z.string(),
    sessionId: z.string().optional(),
    title: z.string(),
    videoUrl: z.string().optional(),
    durationSeconds: z.number().optional(),
    status: z.enum(['draft', 'published']),
    createdAt: z.string(),
    publishedAt: z.string().optional(),
    files: z.array(ReplayFileSchema),
    missingCaptions: z
      .boolean()
      .openapi({ description: 'Vrai tant qu’une vidéo n’a pas de sous-titres (RGAA).' }),
  })
  .openapi('Replay');

export const ReplayViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['page', 'video', 'slides']),
    replayId: z.string().optional(),
    fileId: z.string().optional(),
    email: z.string().optional(),
    at: z.string(),
  })
  .openapi('ReplayView');
