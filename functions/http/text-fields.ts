import { z } from '@hono/zod-openapi';
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

const INVALID_EMAIL = 'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.';

export const emailField = z
  .string()
  .trim()
  .max(254, INVALID_EMAIL)
  .pipe(z.email({ error: INVALID_EMAIL }))
  .transform((email) => email.toLowerCase())
  .openapi({ example: 'prenom.nom@exemple.fr' });
