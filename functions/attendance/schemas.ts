import { z } from '@hono/zod-openapi';
import { emailField, singleLineText } from '../http/text-fields.js';
import { MAX_PATH_BYTES, MAX_TYPED_NAME_LENGTH } from './attendance-rules.js';

const id = (name: string, example: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name, in: 'path' }, example });

export const EventParamsSchema = z.object({ id: id('id', '0mabc123xyz') });
export const SlotParamsSchema = EventParamsSchema.extend({ slotId: id('slotId', '2026-03-12-matin') });

const instant = z.iso
  .datetime({ offset: true, error: 'Date attendue au format ISO 8601 avec son décalage horaire.' })
  .openapi({ example: '2026-03-12T09:00:00+01:00' });

/** Either the strokes drawn (SVG path data) or the full name typed: the accessible alternative to drawing. */
export const SignatureSchema = z
  .union([
    z.strictObject({
      path: z.string().max(MAX_PATH_BYTES, 'Le tracé dépasse 32 Ko.').openapi({
        description: 'Données de tracé SVG (M, L, C… et des nombres), 32 Ko au plus.',
        example: 'M10 40 L30 10 L50 40',
      }),
    }),
    z.strictObject({
      typedName: z
        .string()
        .max(MAX_TYPED_NAME_LENGTH, `${MAX_TYPED_NAME_LENGTH} caractères au maximum.`)
        .openapi({ description: 'Le nom complet tapé au lieu d’un tracé.', example: 'Camille Durand' }),
    }),
  ])
  .openapi('AttendanceSignatureMark');

export const SlotSchema = z
  .object({
    id: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    label: z.string(),
    signedCount: z.int(),
    closedAt: z.string().optional(),
    closedBy: z.string().optional(),
  })
  .openapi('AttendanceSlot');

export const SlotListSchema = z.object({ items: z.array(SlotSchema) }).openapi('AttendanceSlotList');

/** The list as GET answers it; the counts and closings it carries are ignored. */
export const PutSlotsBodySchema = z
  .object({
    items: z
      .array(
        z.object({
          id: z
            .string()
            .regex(/^[A-Za-z0-9_-]{1,80}$/, 'Lettres, chiffres, « - » et « _ » seulement, 80 au plus.')
            .optional(),
          startsAt: instant,
          endsAt: instant,
          label: singleLineText(120),
          signedCount: z.int().optional(),
          closedAt: z.string().optional(),
        }),
      )
      .max(60, '60 demi-journées au plus.'),
  })
  .openapi('AttendanceSlotsBody');

export const RoomCodeSchema = z
  .object({
    code: z.string().openapi({ example: 'K7PM4QXA' }),
    expiresAt: z.string().openapi({ description: 'Fin de validité du code (il change chaque minute).' }),
  })
  .openapi('AttendanceRoomCode');

export const TrainerBodySchema = z.strictObject({ email: emailField }).openapi('TrainerBody');
export const TrainerSchema = z
  .object({ eventId: z.string(), email: z.string(), addedAt: z.string() })
  .openapi('Trainer');

export const DeviceSignatureBodySchema = z
  .strictObject({ registrationId: z.string().min(1).max(100), signature: SignatureSchema })
  .openapi('DeviceSignatureBody');

export const CloseSlotBodySchema = z.strictObject({ signature: SignatureSchema }).openapi('CloseSlotBody');

export const SignedSchema = z
  .object({ slotId: z.string(), signedAt: z.string() })
  .openapi('AttendanceSigned');
