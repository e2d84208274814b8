import { z } from '@hono/zod-openapi';
import { EMAIL_MAX_LENGTH, INVALID_EMAIL } from '../shared/email.js';
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

/**
 * An address, lower-cased: the rule and messages of the public forms' `emailAddress()` (public-text-fields.ts),
 * in classic zod for the routes @hono/zod-openapi documents.
 */
export const emailField = z
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
  .pipe(z.email({ error: INVALID_EMAIL }))
  .openapi({ example: 'prenom.nom@exemple.fr' });
