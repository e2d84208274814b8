import * as z from 'zod/mini';
import { emailAddress, nameText, optionalText } from '../http/public-text-fields.js';
import { LANGUAGES } from '../i18n/language.js';

function requiredName(missing: string, max: number) {
  return nameText().check(z.minLength(1, missing), z.maxLength(max, `${max} caractères au maximum.`));
}

/** Built on its first parse (z.lazy): a cold start that serves a page has no use for it. */
export const registrationBodySchema = z.lazy(() =>
  z.strictObject({
    firstName: requiredName('Indiquez votre prénom.', 100),
    lastName: requiredName('Indiquez votre nom.', 100),
    email: emailAddress(),
    organisation: optionalText(200, nameText()),
    role: optionalText(200),
    consent: z
      .literal(true, { error: 'Vous devez accepter le traitement de vos données pour vous inscrire.' })
      .check(z.describe('Consentement au traitement des données : doit valoir true.')),
    newsletter: z
      ._default(z.boolean({ error: 'Ce champ doit valoir vrai ou faux.' }), false)
      .check(z.describe('Souhait de recevoir la lettre d’information (non coché par défaut).')),
    language: z
      .optional(z.enum(LANGUAGES, { error: 'La langue doit valoir fr ou en.' }))
      .check(z.describe('Langue des e-mails envoyés à cette personne (absente : fr).')),
  }),
);

export type RegistrationBody = z.output<typeof registrationBodySchema>;

const CHECKED = new Set(['true', 'on']);
const UNCHECKED = new Set(['false', '']);

function checkbox(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && CHECKED.has(value)) return true;
  if (typeof value === 'string' && UNCHECKED.has(value)) return false;
  return value;
}

/**
 * The HTML form sends strings and omits unticked boxes: turn it into the JSON body's shape so the
 * same schema validates both. Fields the form does not have (the submit button…) are ignored.
 */
export function registrationBodyFromForm(form: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {
    firstName: form.firstName,
    lastName: form.lastName,
    email: form.email,
    organisation: form.organisation,
    role: form.role,
    consent: checkbox(form.consent),
    newsletter: checkbox(form.newsletter) ?? false,
    language: form.language,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

export const cancelBodySchema = z.strictObject({
  token: z
    .string({ error: 'Le lien d’annulation est manquant.' })
    .check(
      z.minLength(1, 'Le lien d’annulation est manquant.'),
      z.maxLength(1000, 'Ce lien d’annulation est invalide.'),
    ),
});
