import * as z from 'zod/mini';
import { emailAddress, nameText, optionalText } from '../http/public-text-fields.js';
import { LANGUAGES } from '../i18n/language.js';

const topicSlug = () =>
  z.string().check(z.regex(/^[a-z0-9-]{1,60}$/, 'Thème inconnu.'), z.meta({ example: 'webinaires' }));

/** Built on its first parse (z.lazy): a cold start that serves a page has no use for it. */
export const subscriptionBodySchema = z.lazy(() =>
  z.strictObject({
    email: emailAddress(),
    firstName: optionalText(100, nameText()),
    topics: z.array(topicSlug()).check(z.minLength(1, 'Choisissez au moins un thème.'), z.maxLength(20)),
    consent: z
      .literal(true, { error: 'Vous devez accepter de recevoir la lettre pour vous abonner.' })
      .check(z.describe('Consentement explicite : doit valoir true.')),
    tracking: z
      ._default(z.boolean({ error: 'Ce champ doit valoir vrai ou faux.' }), false)
      .check(z.describe('Mesure individuelle des ouvertures et clics (facultatif).')),
    language: z
      .optional(z.enum(LANGUAGES, { error: 'La langue doit valoir fr ou en.' }))
      .check(z.describe('Langue des e-mails envoyés à cette personne (absente : fr).')),
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
    ...(form.language ? { language: form.language } : {}),
  };
}
