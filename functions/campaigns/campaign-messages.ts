import { z } from 'zod';
import { LANGUAGES } from '../i18n/language.js';

/** What travels through the campaign queue: a fan-out order, or a page of recipients to mail. */
export const campaignMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fanout'), campaignId: z.string(), round: z.number().int() }),
  z.object({
    type: z.literal('deliver'),
    campaignId: z.string(),
    round: z.number().int(),
    /** Unique per page of a fan-out: the page is counted done once, however often it is delivered. */
    page: z.string(),
    recipients: z
      .array(
        z.object({
          email: z.string(),
          firstName: z.string().optional(),
          viaTopics: z.boolean().optional(),
          language: z.enum(LANGUAGES).optional(),
        }),
      )
      .min(1),
  }),
]);
export type CampaignMessage = z.infer<typeof campaignMessageSchema>;

/** Recipients per queue message: small enough to finish well inside the visibility timeout at 14/s. */
export const RECIPIENTS_PER_MESSAGE = 50;
