import { z } from '@hono/zod-openapi';
import { CONTROL_EXCEPT_LINE_BREAKS } from '../http/text-patterns.js';

const score = (description: string) =>
  z.coerce
    .number({ error: 'Choisissez une note de 1 à 5.' })
    .int('Choisissez une note de 1 à 5.')
    .min(1, 'Choisissez une note de 1 à 5.')
    .max(5, 'Choisissez une note de 1 à 5.')
    .openapi({ type: 'integer', minimum: 1, maximum: 5, description });

/** Yes or no, as JSON (`true`) or as the page's radio buttons send it (`oui`). */
const yesNo = z
  .union([z.boolean(), z.enum(['oui', 'non', 'yes', 'no', 'true', 'false'])], {
    error: 'Répondez par oui ou par non.',
  })
  .transform((value) => value === true || value === 'oui' || value === 'yes' || value === 'true')
  .openapi({ type: 'boolean' });

/** Free text: markup is kept as typed and always shown escaped; control characters are refused. */
const comment = z
  .string()
  .refine((value) => !CONTROL_EXCEPT_LINE_BREAKS.test(value), {
    error: 'Ce champ contient des caractères de contrôle non autorisés.',
  })
  .trim()
  .max(4000, '4000 caractères au maximum.');

export const SurveyAnswerBodySchema = z
  .object({
    overall: score('Appréciation générale, de 1 à 5.'),
    content: score('Contenu, de 1 à 5.'),
    trainers: score('Formateurs ou intervenants, de 1 à 5.'),
    recommend: yesNo,
    comment: comment.optional(),
  })
  .openapi('SurveyAnswerBody');
export type SurveyAnswerBody = z.infer<typeof SurveyAnswerBodySchema>;

const average = z.number().nullable().openapi({ description: 'Moyenne de 1 à 5 ; null sans réponse.' });

export const SurveyResultsSchema = z
  .object({
    invited: z.number().int(),
    answered: z.number().int(),
    averages: z.object({ overall: average, content: average, trainers: average }),
    recommend: z.number().nullable().openapi({
      description: 'Part (0 à 1) des répondants qui recommanderaient l’événement ; null sans réponse.',
    }),
    distribution: z
      .object({
        overall: z.array(z.number().int()),
        content: z.array(z.number().int()),
        trainers: z.array(z.number().int()),
      })
      .openapi({ description: 'Nombre de réponses par note, de 1 (indice 0) à 5.' }),
    recommendCounts: z.object({ yes: z.number().int(), no: z.number().int() }),
    closedAt: z.string().optional(),
  })
  .openapi('SurveyResults');
