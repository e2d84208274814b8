import { z } from 'zod';
import type { Hook } from '@hono/zod-openapi';
import fr from 'zod/v4/locales/fr.js';
import { ValidationError, type FieldErrors } from '../shared/errors.js';

// Imported by itself: the zod of the Lambda bundles has no `locales` namespace (lib/zod-lean/index.js).
z.config(fr());

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses with a zod schema, turning failure into the hub's ValidationError. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(fieldErrorsFrom(result.error));
  return result.data;
}

/** Every route validated by @hono/zod-openapi fails through the one error path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) throw new ValidationError(fieldErrorsFrom(result.error as z.ZodError));
};
