import { z } from '@hono/zod-openapi';
import { CONTROL_OR_LINE_BREAK, MARKUP } from '../http/text-fields.js';
import { REGISTRATION_STATUSES } from './registration.js';

const NO_CONTROL_MESSAGE = 'Ce champ ne doit contenir ni retour à la ligne ni caractère de contrôle.';
const NO_MARKUP_MESSAGE = 'Ce champ ne doit pas contenir de balises (caractère « < » suivi d’une lettre).';

function plainText() {
  return z
    .string({ error: 'Ce champ doit être un texte.' })
    .refine((value) => !CONTROL_OR_LINE_BREAK.test(value), NO_CONTROL_MESSAGE)
    .refine((value) => !MARKUP.test(value), NO_MARKUP_MESSAGE)
    .trim();
}

function requiredText(missing: string, max: number) {
  return plainText().min(1, missing).max(max, `${max} caractères au maximum.`).openapi({ maxLength: max });
}

function optionalText(max: number) {
  return plainText()
    .max(max, `${max} caractères au maximum.`)
    .optional()
    .transform((value) => value || undefined)
    .openapi({ type: 'string', maxLength: max });
}

export const registrationBodySchema = z
  .object({
    firstName: requiredText('Indiquez votre prénom.', 100),
    lastName: requiredText('Indiquez votre nom.', 100),
    email: plainText()
      .toLowerCase()
      .max(254, '254 caractères au maximum.')
      .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' }))
      .openapi({ type: 'string', format: 'email', maxLength: 254 }),
    organisation: optionalText(200),
    role: optionalText(200),
    consent: z
      .literal(true, {
        error: 'Vous devez accepter le traitement de vos données pour vous inscrire.',
      })
      .openapi({ description: 'Consentement au traitement des données : doit valoir true.' }),
    newsletter: z
      .boolean({ error: 'Ce champ doit valoir vrai ou faux.' })
      .default(false)
      .openapi({ description: 'Souhait de recevoir la lettre d’information (non coché par défaut).' }),
  })
  .strict()
  .openapi('RegistrationBody');

export type RegistrationBody = z.infer<typeof registrationBodySchema>;

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
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

export const registrationCreatedSchema = z
  .object({
    id: z.string(),
    status: z.enum(['confirmed', 'waitlisted']),
  })
  .openapi('RegistrationCreated');

export const registrationSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    organisation: z.string().optional(),
    role: z.string().optional(),
    status: z.enum(REGISTRATION_STATUSES),
    consent: z.object({ at: z.string(), textVersion: z.string() }),
    newsletter: z.boolean(),
    waitlistPosition: z.number().int().optional(),
    checkedInAt: z.string().optional(),
    cancelledAt: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Registration');

export const registrationListSchema = z
  .object({ items: z.array(registrationSchema) })
  .openapi('RegistrationList');

export const cancelBodySchema = z
  .object({
    token: z
      .string({ error: 'Le lien d’annulation est manquant.' })
      .min(1, 'Le lien d’annulation est manquant.')
      .max(1000, 'Ce lien d’annulation est invalide.'),
  })
  .strict()
  .openapi('CancellationBody');

export const cancelledSchema = z
  .object({ id: z.string(), status: z.literal('cancelled') })
  .openapi('RegistrationCancelled');
