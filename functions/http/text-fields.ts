import { z } from '@hono/zod-openapi';
import { EMAIL_MAX_LENGTH, INVALID_EMAIL, RESERVED_EMAIL, isReservedAddress } from '../shared/email.js';
import { CONTROL_EXCEPT_LINE_BREAKS, CONTROL_OR_LINE_BREAK, MARKUP } from './text-patterns.js';

const noMarkup = { error: 'Le balisage HTML n’est pas autorisé dans ce champ.' };

/** A name or a title: one line (it ends up in mail subjects and headers), no markup. */
export function singleLineText(max: number) {
  return z
    .string()
    .refine((value) => !CONTROL_OR_LINE_BREAK.test(value), {
      error: 'Ce champ doit tenir sur une seule ligne, sans caractère de contrôle.',
    })
    .trim()
    .min(1, 'Ce champ est obligatoire.')
    .max(max, `${max} caractères au maximum.`)
    .refine((value) => !MARKUP.test(value), noMarkup);
}

export function multiLineText(max: number, { required = false } = {}) {
  return z
    .string()
    .refine((value) => !CONTROL_EXCEPT_LINE_BREAKS.test(value), {
      error: 'Ce champ contient des caractères de contrôle non autorisés.',
    })
    .trim()
    .min(required ? 1 : 0, 'Ce champ est obligatoire.')
    .max(max, `${max} caractères au maximum.`)
    .refine((value) => !MARKUP.test(value), noMarkup);
}

/** Trimmed and lower-cased text, one line and no markup, that must then be the `address` schema. */
function addressText<T extends z.ZodType<string, string>>(address: T) {
  return z
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
    .max(EMAIL_MAX_LENGTH, `${EMAIL_MAX_LENGTH} caractères au maximum.`)
    .pipe(address);
}

/**
 * An address the hub is to write to, lower-cased: the rule and messages of the public forms' `emailAddress()`
 * (public-text-fields.ts), in classic zod for the routes @hono/zod-openapi documents.
 */
export const emailField = addressText(
  z.email({ error: INVALID_EMAIL, abort: true }).refine((value) => !isReservedAddress(value), RESERVED_EMAIL),
).openapi({ example: 'prenom.nom@exemple.fr' });

/** An address the hub may already hold, reserved domains included: what staff look a person up by. */
export const storedEmailField = addressText(z.email({ error: INVALID_EMAIL })).openapi({
  example: 'prenom.nom@exemple.fr',
});
