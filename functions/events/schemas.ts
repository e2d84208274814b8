import { z } from '@hono/zod-openapi';
import { EVENT_KINDS } from './event.js';
import { eventRuleViolations } from './events-rules.js';
import type { FieldErrors } from '../shared/errors.js';
import { multiLineText, singleLineText } from '../http/text-fields.js';
import { CONTROL_OR_LINE_BREAK } from '../http/text-patterns.js';
import { MAX_SHARE_IMAGE_BYTES } from './share-image-rules.js';

export const dateTime = z.iso
  .datetime({
    offset: true,
    error:
      'Date attendue au format ISO 8601 avec son décalage horaire, par exemple 2026-03-12T09:00:00+01:00.',
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'Cette date n’existe pas.' })
  .openapi({ example: '2026-03-12T09:00:00+01:00' });

const joinUrl = z
  .string()
  .max(2000, '2000 caractères au maximum.')
  .refine((value) => !CONTROL_OR_LINE_BREAK.test(value) && !/[\s<>"]/.test(value), {
    error: 'Le lien ne doit contenir ni espace, ni retour à la ligne, ni balisage.',
  })
  .pipe(
    z.url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: 'Le lien de connexion doit être une adresse https valide.',
    }),
  )
  .openapi({
    type: 'string',
    format: 'uri',
    description: 'https uniquement ; jamais montré au public, envoyé aux seuls inscrits confirmés.',
    example: 'https://visio.exemple.fr/rejoindre/terres-rares',
  });

const capacity = z
  .number({ error: 'La capacité doit être un nombre entier.' })
  .int('La capacité doit être un nombre entier.')
  .positive('La capacité doit être d’au moins une place.')
  .max(100_000, 'La capacité ne peut pas dépasser 100 000 places.');

export const VenueSchema = z
  .strictObject({
    name: singleLineText(150),
    address: singleLineText(250),
    city: singleLineText(100),
  })
  .openapi('Venue');

const kind = z.enum(EVENT_KINDS, {
  error: 'Type attendu : « technical-day », « webinar » ou « training ».',
});
const speakers = z.array(singleLineText(150)).max(30, '30 intervenants au maximum.');

const certificateThreshold = z
  .number({ error: 'Le seuil doit être un nombre entre 0 et 1.' })
  .gt(0, 'Le seuil doit être supérieur à 0.')
  .max(1, 'Le seuil ne peut pas dépasser 1 (toutes les heures prévues).')
  .openapi({
    description: 'Part des heures prévues à avoir émargée pour recevoir une attestation (par défaut : 1).',
    example: 0.75,
  });

const eventFields = {
  kind,
  title: singleLineText(150),
  summary: singleLineText(400),
  description: multiLineText(20_000, { required: true }),
  startsAt: dateTime,
  endsAt: dateTime,
  capacity: capacity.optional(),
  waitlist: z
    .boolean()
    .optional()
    .openapi({ description: 'Liste d’attente quand l’événement est complet (par défaut : non).' }),
  venue: VenueSchema.optional(),
  joinUrl: joinUrl.optional(),
  registrationClosesAt: dateTime.optional(),
  speakers: speakers.optional(),
  organiser: singleLineText(200).optional(),
  attendance: z.boolean().optional().openapi({
    description: 'Émargement par demi-journée (par défaut : oui pour une formation, non sinon).',
  }),
  certificateThreshold: certificateThreshold.optional(),
  surveyNamed: z
    .boolean()
    .optional()
    .openapi({ description: 'L’export CSV de l’enquête nomme les répondants (par défaut : non, anonyme).' }),
  replayRegistration: z.boolean().optional().openapi({
    description: 'Inscriptions acceptées après la fin, pour le replay (statut « replay », sans place).',
  }),
};

/** The English version of the texts: each field optional, the French one shows (marked) where it is missing. */
const EventTranslationsSchema = z
  .strictObject({
    en: z
      .strictObject({
        title: eventFields.title.optional(),
        summary: eventFields.summary.optional(),
        description: multiLineText(20_000).optional(),
      })
      .optional(),
  })
  .openapi('EventTranslations', {
    description:
      'Version anglaise des textes (facultative, champ par champ) ; le français s’affiche à défaut.',
  });

function reportViolations(violations: FieldErrors, ctx: z.RefinementCtx): void {
  for (const [field, messages] of Object.entries(violations))
    for (const message of messages) ctx.addIssue({ code: 'custom', path: [field], message });
}

export const CreateEventBodySchema = z
  .strictObject({ ...eventFields, translations: EventTranslationsSchema.optional() })
  .superRefine((body, ctx) => reportViolations(eventRuleViolations(body), ctx))
  .openapi('CreateEventBody');
export type CreateEventBody = z.infer<typeof CreateEventBodySchema>;

/** JSON merge patch: absent = unchanged, null = removed (capacity null = unlimited). */
export const PatchEventBodySchema = z
  .strictObject({
    kind: kind.optional(),
    title: eventFields.title.optional(),
    summary: eventFields.summary.optional(),
    description: eventFields.description.optional(),
    startsAt: dateTime.optional(),
    endsAt: dateTime.optional(),
    capacity: capacity.nullable().optional(),
    waitlist: z.boolean().optional(),
    venue: VenueSchema.nullable().optional(),
    joinUrl: joinUrl.nullable().optional(),
    registrationClosesAt: dateTime.nullable().optional(),
    speakers: speakers.nullable().optional(),
    organiser: eventFields.organiser.nullable().optional(),
    attendance: eventFields.attendance,
    certificateThreshold: certificateThreshold.nullable().optional(),
    surveyNamed: z.boolean().optional(),
    replayRegistration: eventFields.replayRegistration,
    translations: EventTranslationsSchema.nullable()
      .optional()
      .openapi({ description: 'Remplace toute la version anglaise ; null la supprime.' }),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'Indiquez au moins un champ à modifier.' })
  .openapi('PatchEventBody');
export type PatchEventBody = z.infer<typeof PatchEventBodySchema>;

export const EventIdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const EventSlugParamsSchema = z.object({
  slug: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'slug', in: 'path' } }),
});

export const CreatedEventSchema = z
  .object({ id: z.string(), slug: z.string(), status: z.literal('draft') })
  .openapi('CreatedEvent');

export const ShareImageUploadBodySchema = z
  .object({
    contentType: z.enum(['image/png', 'image/jpeg'], { error: 'Envoyez une image PNG ou JPEG.' }),
    size: z
      .number()
      .int()
      .min(1, 'L’image est vide.')
      .max(MAX_SHARE_IMAGE_BYTES, `L’image doit peser au plus ${MAX_SHARE_IMAGE_BYTES / 1_000_000} Mo.`)
      .openapi({ description: `Octets, ${MAX_SHARE_IMAGE_BYTES} au plus.` }),
  })
  .strict()
  .openapi('ShareImageUploadRequest');

export const ShareImageTicketSchema = z
  .object({ imageId: z.string(), uploadUrl: z.string() })
  .openapi('ShareImageUploadTicket');

export const ShareImageParamsSchema = EventIdParamsSchema.extend({
  imageId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'imageId', in: 'path' } }),
});
