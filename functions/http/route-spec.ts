import type { $ZodType, output } from 'zod/v4/core';

/**
 * A public route as its validation sees it: method, path and the zod/mini schemas of its input, what
 * functions/http/register-route.ts checks. Its documentation (summary, responses…) is declared apart, beside
 * the route (`*-route-docs.ts`), and only the full app reads it to build /openapi.json: the public function
 * carries the rules, not the prose.
 */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style: `/api/events/{slug}`. */
  path: string;
  request?: {
    params?: $ZodType;
    query?: $ZodType;
    /** A JSON body, always required (a request without one is answered as an empty object would be). */
    body?: {
      schema: $ZodType;
      /** Other media types the route accepts before its validator runs (a form answered in HTML). */
      alsoAccepts?: readonly string[];
    };
  };
}

/** Declares a route, keeping its literal types for the handler's `c.req.valid()`. */
export function defineRoute<const S extends RouteSpec>(spec: S): S {
  return spec;
}

type Request<S extends RouteSpec> = NonNullable<S['request']>;

/** What the handler of a route reads with `c.req.valid('param' | 'query' | 'json')`. */
export interface RouteInput<S extends RouteSpec> {
  out: (Request<S> extends { params: infer P extends $ZodType } ? { param: output<P> } : object) &
    (Request<S> extends { query: infer Q extends $ZodType } ? { query: output<Q> } : object) &
    (Request<S> extends { body: { schema: infer B extends $ZodType } } ? { json: output<B> } : object);
}
