import { z } from '@hono/zod-openapi';
import { CONTROL_OR_LINE_BREAK } from '../http/text-patterns.js';
import { CAMPAIGN_STATUSES, EVENT_AUDIENCES } from './campaign.js';
import { INVALID_EMAIL } from '../shared/email.js';

const NO_CONTROL = 'Ce champ ne doit contenir ni retour à la ligne ni caractère de contrôle.';

const headerText = (max: number) =>
  z
    .string({ error: 'Ce champ doit être un texte.' })
    .refine((value) => !CONTROL_OR_LINE_BREAK.test(value), NO_CONTROL)
    .trim()
    .max(max, `${max} caractères au maximum.`);

const subjectSchema = headerText(200).pipe(z.string().min(1, 'Indiquez un objet.'));
const mjmlSchema = z
  .string({ error: 'Indiquez le corps de la lettre (MJML).' })
  .min(1, 'Indiquez le corps de la lettre (MJML).')
  .max(100_000, '100 000 caractères au maximum.');

const campaignTranslationsSchema = z
  .object({
    en: z
      .object({ subject: subjectSchema, preheader: headerText(200).optional(), mjml: mjmlSchema })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('CampaignTranslations', {
    description:
      'Version anglaise (facultative) : les abonnés et inscrits anglophones la reçoivent, les autres la française.',
  });

export const campaignBodySchema = z
  .object({
    subject: subjectSchema,
    preheader: headerText(200).optional(),
    fromName: headerText(100)
      .refine((value) => !/[<>"@]/.test(value), 'Le nom d’expéditeur ne doit contenir ni <, >, " ni @.')
      .optional(),
    audience: z
      .object({
        topics: z
          .array(z.string().regex(/^[a-z0-9-]{1,60}$/, 'Thème inconnu.'))
          .max(20)
          .optional(),
        event: z
          .object({ id: z.string().min(1).max(100), who: z.enum(EVENT_AUDIENCES) })
          .strict()
          .optional(),
      })
      .strict(),
    archive: z
      .boolean({ error: 'Indiquez true ou false.' })
      .default(true)
      .openapi({
        description:
          'Publier la lettre dans les archives publiques et leur flux Atom (par défaut). Une lettre aux ' +
          'personnes d’un événement n’est jamais publiée : son lien « version en ligne » est personnel et signé.',
      }),
    translations: campaignTranslationsSchema.optional(),
    mjml: mjmlSchema.openapi({
      description:
        'Le corps (sections MJML : mj-text, mj-image, mj-button…), placé dans la mise en page commune.',
    }),
  })
  .strict()
  .openapi('CampaignBody');

export const campaignParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const statsSchema = z.object({
  audience: z.number(),
  sent: z.number(),
  delivered: z.number(),
  bounced: z.number(),
  complained: z.number(),
  unsubscribed: z.number(),
  opened: z
    .number()
    .optional()
    .openapi({
      description:
        'Ouvertures : une par personne ayant accepté la mesure d’audience, plus chaque ouverture anonyme ' +
        '(les autres lecteurs ne sont pas distingués, CNIL).',
    }),
  clicked: z.number().optional().openapi({
    description:
      'Clics, comptés comme les ouvertures : une fois par personne consentante, chaque clic anonyme.',
  }),
  openedAnonymous: z.number().optional().openapi({ description: 'Dont ouvertures anonymes.' }),
  clickedAnonymous: z.number().optional().openapi({ description: 'Dont clics anonymes.' }),
});

export const campaignViewSchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    preheader: z.string().optional(),
    fromName: z.string().optional(),
    audience: z.object({}).passthrough(),
    archive: z.boolean().openapi({
      description: 'Le choix de l’équipe (vrai par défaut) ; une lettre à un événement n’est jamais publiée.',
    }),
    mjml: z.string(),
    translations: campaignTranslationsSchema.optional(),
    status: z.enum(CAMPAIGN_STATUSES),
    scheduledAt: z.string().optional(),
    startedAt: z.string().optional(),
    sentAt: z.string().optional(),
    pausedReason: z.string().optional(),
    /** Recipients dropped at send time because they unsubscribed or were suppressed after the fan-out. */
    excluded: z.number(),
    stats: statsSchema,
    createdAt: z.string(),
  })
  .openapi('Campaign');

export const sendBodySchema = z
  .object({
    at: z.iso
      .datetime({ offset: true, error: 'Date ISO 8601 attendue, par exemple 2026-12-01T09:00:00+01:00.' })
      .optional(),
  })
  .strict();

export const testBodySchema = z
  .object({
    to: z
      .array(z.email({ error: INVALID_EMAIL }))
      .min(1)
      .max(10),
  })
  .strict();
