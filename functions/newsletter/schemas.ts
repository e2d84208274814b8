import { z } from '@hono/zod-openapi';
import { CONTROL_OR_LINE_BREAK, MARKUP } from '../http/text-fields.js';

const plainText = () =>
  z
    .string({ error: 'Ce champ doit être un texte.' })
    .refine(
      (value) => !CONTROL_OR_LINE_BREAK.test(value),
      'Ce champ ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    )
    .refine(
      (value) => !MARKUP.test(value),
      'Ce champ ne doit pas contenir de balises (caractère « < » suivi d’une lettre).',
    )
    .trim();

export const emailSchema = plainText()
  .toLowerCase()
  .max(254, '254 caractères au maximum.')
  .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' }))
  .openapi({ type: 'string', format: 'email', maxLength: 254 });

const topicSlug = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/, 'Thème inconnu.')
  .openapi({ example: 'webinaires' });

export const subscriptionBodySchema = z
  .object({
    email: emailSchema,
    firstName: plainText()
      .max(100, '100 caractères au maximum.')
      .optional()
      .transform((value) => value || undefined)
      .openapi({ type: 'string', maxLength: 100 }),
    topics: z.array(topicSlug).min(1, 'Choisissez au moins un thème.').max(20),
    consent: z
      .literal(true, { error: 'Vous devez accepter de recevoir la lettre pour vous abonner.' })
      .openapi({ description: 'Consentement explicite : doit valoir true.' }),
    tracking: z
      .boolean({ error: 'Ce champ doit valoir vrai ou faux.' })
      .default(false)
      .openapi({ description: 'Mesure individuelle des ouvertures et clics (facultatif).' }),
  })
  .strict()
  .openapi('NewsletterSubscription');
export type SubscriptionBody = z.infer<typeof subscriptionBodySchema>;

export const tokenBodySchema = z
  .object({ token: z.string().min(1).max(500) })
  .strict()
  .openapi('NewsletterToken');

export const topicsSchema = z
  .object({ items: z.array(z.object({ slug: z.string(), name: z.string() })) })
  .openapi('NewsletterTopics');

export const acceptedSchema = z.object({ message: z.string() });

export const confirmedSchema = z
  .object({ email: z.string(), status: z.literal('confirmed'), topics: z.array(z.string()) })
  .openapi('NewsletterConfirmed');

/** A form post (page) into the JSON body's shape: checkboxes arrive as "on", repeated topics as a list. */
export function subscriptionBodyFromForm(form: Record<string, string | File | (string | File)[]>): unknown {
  const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  return {
    email: form.email,
    ...(form.firstName ? { firstName: form.firstName } : {}),
    topics: list(form.topics ?? form['topics[]']),
    consent: form.consent === 'on' || form.consent === 'true',
    tracking: form.tracking === 'on' || form.tracking === 'true',
  };
}
