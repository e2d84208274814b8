import * as z from 'zod/mini';
import { _coercedNumber, _isoDateTime, type $ZodISODateTimeParams } from 'zod/v4/core';

// zod/mini's `z.catch`, `z.coerce.number` and `z.iso.datetime` reach through a nested namespace (`core.util`,
// `coerce`, `iso`). A bundler cannot see which export of a namespace read that way is used, so it keeps all of
// them: ~11 KB of the public function for three one-line constructors. These build the same schemas directly.

/** `z.iso.datetime(params)`. */
export function isoDateTime(params?: string | $ZodISODateTimeParams): z.ZodMiniISODateTime {
  return _isoDateTime(z.ZodMiniISODateTime, params);
}

/** `z.coerce.number()`. */
export function coercedNumber(): z.ZodMiniNumber<unknown> {
  return _coercedNumber(z.ZodMiniNumber);
}

/** `z.catch(z.optional(schema), undefined)`: anything that does not parse is left out. */
export function optionalOrDropped<T extends z.ZodMiniType>(schema: T): z.ZodMiniCatch<z.ZodMiniOptional<T>> {
  const innerType = z.optional(schema);
  return new z.ZodMiniCatch({ type: 'catch', innerType, catchValue: () => undefined }) as z.ZodMiniCatch<
    typeof innerType
  >;
}
