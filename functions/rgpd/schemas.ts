import { z } from '@hono/zod-openapi';
import { emailField } from '../http/text-fields.js';

/** `{email}` arrives URL-decoded: the address rule of every form (no CR/LF, no markup, ≤ 254, valid). */
export const personParams = z.object({
  email: emailField.openapi({
    type: 'string',
    format: 'email',
    maxLength: 254,
    param: { name: 'email', in: 'path' },
    example: 'prenom.nom@exemple.fr',
  }),
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
