import { z } from '@hono/zod-openapi';
import { emailSchema } from '../newsletter/schemas.js';

/** `{email}` arrives URL-decoded: the same rules as any address field (no CR/LF, ≤ 254, valid). */
export const personParams = z.object({
  email: emailSchema.openapi({ param: { name: 'email', in: 'path' }, example: 'prenom.nom@exemple.fr' }),
});

const counts = z.number().int().min(0);

export const erasureSummarySchema = z
  .object({
    email: z.string(),
    erased: z.object({
      newsletterSubscription: counts,
      registrations: counts,
      seatsFreed: counts,
      campaignSends: counts,
      partnerMembership: counts,
      signIns: counts,
      kitDownloadsAnonymised: counts,
      kitFollows: counts,
      softBounceRecord: counts,
      campaignsAuthored: counts,
    }),
    keptSuppression: z.string().nullable().openapi({
      description:
        'Motif de blocage conservé (rebond permanent, plainte), sous une empreinte SHA-256 de l’adresse : elle ne doit plus jamais recevoir de message.',
    }),
  })
  .openapi('ErasureSummary');
