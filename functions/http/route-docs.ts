import type { ZodType } from 'zod';
import { toJSONSchema, type $ZodObject, type $ZodType, type output } from 'zod/v4/core';
import type { HubApp } from './env.js';
import { apiComponents } from './api-components.js';
import type { RouteSpec } from './route-spec.js';

type OpenAPIRegistry = HubApp['openAPIRegistry'];
type RouteConfig = Parameters<OpenAPIRegistry['registerPath']>[0];
type Io = 'input' | 'output';

const COMPONENTS = '#/components/schemas/';

/** A JSON Schema written by hand, for what the route documents but does not validate (HTML, problem+json…). */
export type JsonSchema = Readonly<Record<string, unknown>>;

export interface MediaType<S = $ZodType | JsonSchema> {
  schema: S;
}

/** What /openapi.json says of a public route beyond its input schemas, declared beside the route. */
export interface RouteDocs {
  tags: string[];
  summary: string;
  description?: string;
  /** The body's other media types (`alsoAccepts`), documented by hand. */
  otherBodies?: Record<string, MediaType<JsonSchema>>;
  responses: Record<
    number,
    { description: string; headers?: Record<string, JsonSchema>; content?: Record<string, MediaType> }
  >;
}

/** A route and its documentation, as the `*-route-docs.ts` modules list them. */
export type DocumentedRoute = readonly [RouteSpec, RouteDocs];

/**
 * Documents the routes declared with zod/mini (functions/http/route-spec.ts) in the full app's OpenAPI registry,
 * which reads classic zod only: their schemas go in as JSON Schema, written by zod's own converter (requests as
 * they are sent, responses as they are answered), the named ones as components. Only the full app imports this.
 */
export function documentRoutes(
  registry: OpenAPIRegistry,
  routes: readonly RouteSpec[],
  documentation: readonly DocumentedRoute[],
): void {
  const docsOf = new Map(documentation);
  const requestBodies = new Set(routes.map((route) => route.request?.body?.schema));
  const components = { input: componentSchemas('input'), output: componentSchemas('output') };
  for (const [id, schema] of apiComponents._idmap)
    registry.registerComponent(
      'schemas',
      id,
      components[requestBodies.has(schema) ? 'input' : 'output'][id]!,
    );
  for (const route of routes) {
    const docs = docsOf.get(route);
    if (!docs)
      throw new Error(`${route.method.toUpperCase()} ${route.path} has no documentation (*-route-docs.ts).`);
    registry.registerPath(routeConfig(route, docs));
  }
}

function routeConfig(
  { method, path, request }: RouteSpec,
  { tags, summary, description, otherBodies, responses }: RouteDocs,
): RouteConfig {
  const parameters = [...parametersOf(request?.params, 'path'), ...parametersOf(request?.query, 'query')];
  const body = request?.body;
  return {
    method,
    path,
    tags,
    summary,
    ...(description ? { description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body
      ? {
          request: {
            body: {
              required: true,
              content: {
                'application/json': { schema: schemaDoc(body.schema, 'input') },
                ...otherBodies,
              },
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, { description, headers, content }]) => [
        status,
        {
          description,
          ...(headers ? { headers } : {}),
          ...(content ? { content: contentDoc(content) } : {}),
        },
      ]),
    ),
  } as RouteConfig;
}

function parametersOf(schema: $ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const shape = (schema as $ZodObject)._zod.def.shape;
  return Object.entries(shape).map(([name, field]) => ({
    schema: schemaDoc(field, 'input'),
    required: location === 'path' || field._zod.optin !== 'optional',
    name,
    in: location,
  }));
}

function contentDoc(content: Record<string, MediaType>) {
  return Object.fromEntries(
    Object.entries(content).map(([mediaType, { schema }]) => [
      mediaType,
      { schema: isZod(schema) ? schemaDoc(schema, 'output') : schema },
    ]),
  );
}

function isZod(schema: $ZodType | JsonSchema): schema is $ZodType {
  return '_zod' in schema;
}

function schemaDoc(schema: $ZodType, io: Io): JsonSchema {
  const id = apiComponents.get(schema)?.id;
  if (id) return { $ref: `${COMPONENTS}${id}` };
  const { $schema: _, ...json } = toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: openApiStyle,
  });
  return json;
}

/** Every named schema, each referring to the others by `$ref`. */
function componentSchemas(io: Io): Record<string, JsonSchema> {
  const { schemas } = toJSONSchema(apiComponents, {
    io,
    unrepresentable: 'any',
    override: openApiStyle,
    uri: (id) => `${COMPONENTS}${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _, $id: __, ...json }]) => [id, json]),
  );
}

/**
 * As the registry writes classic schemas: an answer may gain properties (zod's output view of a non-strict
 * object forbids them), an integer is an integer (not one bounded by ±2^53 - 1), a literal is a one-value enum.
 */
function openApiStyle({
  zodSchema,
  jsonSchema,
}: {
  zodSchema: $ZodType;
  jsonSchema: Record<string, unknown>;
}) {
  const def = zodSchema._zod.def;
  if (def.type === 'object' && !(def as $ZodObject['_zod']['def']).catchall)
    delete jsonSchema.additionalProperties;
  if (jsonSchema.type === 'integer' && jsonSchema.maximum === Number.MAX_SAFE_INTEGER) {
    delete jsonSchema.minimum;
    delete jsonSchema.maximum;
  }
  if ('const' in jsonSchema) {
    jsonSchema.enum = [jsonSchema.const];
    delete jsonSchema.const;
  }
}

/**
 * A `$ref` to a named schema, for a staff route (classic zod, @hono/zod-openapi) that answers with one. The
 * registry passes a plain object through as it is; the type is the schema's, so the handler's answer stays typed.
 */
export function componentRef<S extends $ZodType>(schema: S): ZodType<output<S>> {
  const id = apiComponents.get(schema)?.id;
  if (!id) throw new Error('This schema is not registered in apiComponents.');
  return { $ref: `${COMPONENTS}${id}` } as unknown as ZodType<output<S>>;
}
