import { z } from '@hono/zod-openapi';
import { CONTROL_OR_LINE_BREAK, MARKUP } from '../http/text-patterns.js';

/**
 * `{email}` arrives URL-decoded: the rules of the newsletter's address field (no CR/LF, no markup, ≤ 254,
 * valid), in classic zod since @hono/zod-openapi documents this route (the newsletter's is zod/mini).
 */
export const personParams = z.object({
  email: z
    .string({ error: 'Ce champ doit être un texte.' })
    .refine(
      (value) => !CONTROL_OR_LINE_BREAK.test(value),
      'Ce champ ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    )
    .refine(
      (value) => !MARKUP.test(value),
      'Ce champ ne doit pas contenir de balises (caractère « < » suivi d’une lettre).',
    )
    .trim()
    .toLowerCase()
    .max(254, '254 caractères au maximum.')
    .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' }))
    .openapi({
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
