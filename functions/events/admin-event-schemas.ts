import * as z from 'zod/mini';
import { apiComponents } from '../http/api-components.js';
import { PublicEventSchema } from './public-schemas.js';

/**
 * What staff see of an event: the public view and the rest. Written with zod/mini because it extends the public
 * schema; never parsed, it types the views and documents the staff routes (by `$ref`, see componentRef).
 */
export const AdminEventSchema = z
  .intersection(
    PublicEventSchema,
    z.object({
      joinUrl: z.optional(z.string()),
      translations: z.optional(
        z.object({
          en: z.optional(
            z.object({
              title: z.optional(z.string()),
              summary: z.optional(z.string()),
              description: z.optional(z.string()),
              descriptionHtml: z.optional(z.string()),
            }),
          ),
        }),
      ),
      waitlist: z.boolean(),
      attendance: z.boolean(),
      certificateThreshold: z.number(),
      surveyNamed: z.boolean(),
      replayRegistration: z.optional(z.boolean()),
      confirmedCount: z.int(),
      waitlistedCount: z.int(),
      sequence: z.int(),
      /** The event's own share image; absent: its page shows the hub's. */
      shareImageUrl: z.optional(z.string()),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  )
  .register(apiComponents, { id: 'AdminEvent' });
export type AdminEventView = z.output<typeof AdminEventSchema>;

export const AdminEventListSchema = z
  .object({ items: z.array(AdminEventSchema) })
  .register(apiComponents, { id: 'AdminEventList' });
