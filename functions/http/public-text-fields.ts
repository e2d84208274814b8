import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH, INVALID_EMAIL, RESERVED_EMAIL, isReservedAddress } from '../shared/email.js';
import { CONTROL_OR_LINE_BREAK, LINK_OR_DOMAIN, MARKUP } from './text-patterns.js';

// The fields the public forms and API share (registration, newsletter), in zod/mini: one rule and one French
// message each, whichever form the visitor filled in.

/** One line of text, no markup, trimmed. */
export function plainText() {
  return z.string({ error: 'Ce champ doit être un texte.' }).check(
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
}

/**
 * A person's or an organisation's name, which mails repeat: nothing a mail client would show as a link, so that
 * nobody can send phishing under the hub's name.
 */
export function nameText() {
  return plainText().check(
    z.refine(
      (value) => !LINK_OR_DOMAIN.test(value),
      'Ce champ ne doit contenir ni lien ni adresse de site (un point entre deux mots est suivi d’une espace).',
    ),
  );
}

/** A field one may leave out: absent and blank both mean absent. */
export function optionalText(max: number, text = plainText()) {
  return z.pipe(
    z.optional(text.check(z.maxLength(max, `${max} caractères au maximum.`))),
    z.transform((value: string | undefined) => value || undefined),
  );
}

/** A visitor's address, lower-cased: the hub's one rule for an address (text-fields.ts has its classic twin). */
export function emailAddress() {
  return z
    .pipe(
      plainText().check(
        z.toLowerCase(),
        z.maxLength(EMAIL_MAX_LENGTH, `${EMAIL_MAX_LENGTH} caractères au maximum.`),
      ),
      z
        .email({ error: INVALID_EMAIL, abort: true })
        .check(z.refine((value) => !isReservedAddress(value), RESERVED_EMAIL)),
    )
    .check(z.meta({ format: 'email' }));
}
