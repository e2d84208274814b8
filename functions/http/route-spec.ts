import { registry, type $ZodType, type output } from 'zod/v4/core';

/** A JSON Schema written by hand, for what the route documents but does not validate (HTML, problem+json…). */
export type JsonSchema = Readonly<Record<string, unknown>>;

export interface MediaType<S = $ZodType | JsonSchema> {
  schema: S;
}

/**
 * A route of the public API, declared as @hono/zod-openapi's `createRoute` declares one, with zod/mini schemas:
 * what functions/http/register-route.ts validates and what the full app documents at /openapi.json
 * (functions/http/route-docs.ts). No OpenAPI code comes with it into the public function.
 */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style: `/api/events/{slug}`. */
  path: string;
  tags: string[];
  summary: string;
  description?: string;
  request?: {
    params?: $ZodType;
    query?: $ZodType;
    /** A JSON body, always required (a request without one is answered as an empty object would be). */
    body?: {
      content: { 'application/json': MediaType<$ZodType> };
      /** Other media types the route accepts before its validator runs (a form answered in HTML). */
      documentedOnly?: Record<string, MediaType<JsonSchema>>;
    };
  };
  responses: Record<number, { description: string; content?: Record<string, MediaType> }>;
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
    (Request<S> extends { body: { content: { 'application/json': { schema: infer B extends $ZodType } } } }
      ? { json: output<B> }
      : object);
}

/**
 * The named schemas of the API (`RegistrationBody`, `PublicEvent`…): /openapi.json lists them under
 * `components.schemas` and refers to them by `$ref`. Add one with `.register(apiComponents, { id })`.
 */
export const apiComponents = registry<{ id: string }>();
