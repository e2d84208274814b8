import * as z from 'zod/mini';
import { emailAddress } from '../http/public-text-fields.js';
import { MAX_PATH_BYTES, MAX_TYPED_NAME_LENGTH } from './attendance-rules.js';

/** Built on its first parse (z.lazy): a cold start that serves a page has no use for it. */
export const codeSigningBodySchema = z.lazy(() =>
  z.strictObject({
    code: z
      .string({ error: 'Indiquez le code affiché dans la salle.' })
      .check(
        z.minLength(1, 'Indiquez le code affiché dans la salle.'),
        z.maxLength(20, 'Ce code est trop long.'),
      ),
    email: emailAddress(),
    signature: z.union([
      z.strictObject({
        path: z.string().check(z.maxLength(MAX_PATH_BYTES, 'Le tracé dépasse 32 Ko.')),
      }),
      z.strictObject({
        typedName: z
          .string()
          .check(z.maxLength(MAX_TYPED_NAME_LENGTH, `${MAX_TYPED_NAME_LENGTH} caractères au maximum.`)),
      }),
    ]),
  }),
);

export type CodeSigningBody = z.output<typeof codeSigningBodySchema>;
