import { z } from '@hono/zod-openapi';
import { storedEmailField } from '../http/text-fields.js';

/**
 * `{email}` arrives URL-decoded: the address rule of every form (no CR/LF, no markup, ≤ 254, valid), reserved
 * domains included, since data stored before they were refused must stay reachable.
 */
export const personParams = z.object({
  email: storedEmailField.openapi({
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
      accessAuditAnonymised: counts,
      attendanceSignatures: counts,
      certificatesRevoked: counts,
      surveyAnswers: counts,
      replayViewsAnonymised: counts,
    }),
    keptSuppression: z.string().nullable().openapi({
      description:
        'Motif de blocage conservé (rebond permanent, plainte), sous une empreinte SHA-256 de l’adresse : elle ne doit plus jamais recevoir de message.',
    }),
  })
  .openapi('ErasureSummary');
