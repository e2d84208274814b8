import { z } from '@hono/zod-openapi';

// Line breaks in single-line fields are how headers get injected into mails and calendar files.
// eslint-disable-next-line no-control-regex
export const CONTROL_OR_LINE_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
export const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// `<` followed by a letter, `/`, `!` or `?` opens a tag, a comment or a processing instruction.
export const MARKUP = /<[a-z/!?]/i;
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
