import { config, safeParse, type $ZodError, type $ZodType, type output } from 'zod/v4/core';
import type { Hook } from '@hono/zod-openapi';
import fr from 'zod/v4/locales/fr.js';
import { ValidationError, type FieldErrors } from '../shared/errors.js';

// Through zod's core, which classic (staff routes) and mini (public routes) share: both answer in French.
// Imported by itself: the zod of the Lambda bundles has no `locales` namespace (build/zod-lean/index.js).
config(fr());

export function fieldErrorsFrom(error: $ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses with a zod schema (classic or mini), turning failure into the hub's ValidationError. */
export function parseOrThrow<T extends $ZodType>(schema: T, value: unknown): output<T> {
  const result = safeParse(schema, value);
  if (!result.success) throw new ValidationError(fieldErrorsFrom(result.error));
  return result.data;
}

/** Every route validated by @hono/zod-openapi (the full app's staff routes) fails through the one error path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) throw new ValidationError(fieldErrorsFrom(result.error as $ZodError));
};
