import * as z from 'zod/mini';
import { CONTROL_OR_LINE_BREAK, MARKUP } from '../http/text-patterns.js';

const plainText = () =>
  z.string({ error: 'Ce champ doit être un texte.' }).check(
    z.refine(
      (value) => !CONTROL_OR_LINE_BREAK.test(value),
      'Ce champ ne doit contenir ni retour à la ligne ni caractère de contrôle.',
    ),
    z.refine(
      (value) => !MARKUP.test(value),
      'Ce champ ne doit pas contenir de balises (caractère « < » suivi d’une lettre).',
    ),
    z.trim(),
  );

const email = () =>
  z
    .pipe(
      plainText().check(z.toLowerCase(), z.maxLength(254, '254 caractères au maximum.')),
      z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' }),
    )
    .check(z.meta({ format: 'email' }));

const topicSlug = () =>
  z.string().check(z.regex(/^[a-z0-9-]{1,60}$/, 'Thème inconnu.'), z.meta({ example: 'webinaires' }));

/** Built on its first parse (z.lazy): a cold start that serves a page has no use for it. */
export const subscriptionBodySchema = z.lazy(() =>
  z.strictObject({
    email: email(),
    firstName: z.pipe(
      z.optional(plainText().check(z.maxLength(100, '100 caractères au maximum.'))),
      z.transform((value: string | undefined) => value || undefined),
    ),
    topics: z.array(topicSlug()).check(z.minLength(1, 'Choisissez au moins un thème.'), z.maxLength(20)),
    consent: z
      .literal(true, { error: 'Vous devez accepter de recevoir la lettre pour vous abonner.' })
      .check(z.describe('Consentement explicite : doit valoir true.')),
    tracking: z
      ._default(z.boolean({ error: 'Ce champ doit valoir vrai ou faux.' }), false)
      .check(z.describe('Mesure individuelle des ouvertures et clics (facultatif).')),
  }),
);
export type SubscriptionBody = z.output<typeof subscriptionBodySchema>;

export const tokenBodySchema = z.strictObject({ token: z.string().check(z.minLength(1), z.maxLength(500)) });

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
