import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import { safeParseAsync, type $ZodType } from 'zod/v4/core';
import { UnsupportedMediaTypeError, ValidationError } from '../shared/errors.js';
import type { HubEnv } from './env.js';
import type { RouteInput, RouteSpec } from './route-spec.js';
import { fieldErrorsFrom } from './validation.js';
import { loadedMessages } from '../i18n/messages.js';

const declared = new WeakMap<object, RouteSpec[]>();

/** The routes registered on an app with registerRoute, in order: what the full app documents (route-docs.ts). */
export function declaredRoutes(app: Hono<HubEnv>): readonly RouteSpec[] {
  return declared.get(app) ?? [];
}

/**
 * Mounts a feature's sub-app at the root of `app`, carrying along the routes it declared with registerRoute
 * (app.route() copies the handlers only), so the full app still documents them all.
 */
export function mountRoutes(app: Hono<HubEnv>, sub: Hono<HubEnv>): void {
  app.route('/', sub);
  const routes = declaredRoutes(sub);
  if (routes.length > 0) declared.set(app, [...declaredRoutes(app), ...routes]);
}

/**
 * Registers a route as @hono/zod-openapi's `app.openapi` would, without it: the same validators (hono's own, which
 * @hono/zod-validator wraps), in the same order (query, path, media type, JSON body), failing through the hub's
 * ValidationError with zod's French messages; the handler reads the parsed input with `c.req.valid()`.
 */
export function registerRoute<const S extends RouteSpec>(
  app: Hono<HubEnv>,
  spec: S,
  handler: Handler<HubEnv, string, RouteInput<S>>,
): void {
  declared.set(app, [...declaredRoutes(app), spec]);
  const { params, query, body } = spec.request ?? {};
  const validators: MiddlewareHandler<HubEnv>[] = [];
  if (query) validators.push(validate('query', query));
  if (params) validators.push(validate('param', params));
  if (body) {
    validators.push(mediaTypeGate(['application/json', ...(body.alsoAccepts ?? [])]));
    validators.push(validate('json', body.schema));
  }
  // The validators put the parsed input where `c.req.valid()` reads it: the handler's type says so.
  app.on(
    [spec.method],
    [spec.path.replaceAll(/\/{(.+?)}/g, '/:$1')],
    ...validators,
    handler as Handler<HubEnv>,
  );
}

function validate(target: 'query' | 'param' | 'json', schema: $ZodType): MiddlewareHandler<HubEnv> {
  return validator(target, async (value, c: Context<HubEnv>) => {
    // English answers take zod's English messages; the schemas' own messages are translated with the problem.
    const messages = loadedMessages(c.get('language') ?? 'fr').validationMessages;
    const result = await safeParseAsync(schema, value, messages ? { error: messages } : undefined);
    if (!result.success) throw new ValidationError(fieldErrorsFrom(result.error));
    return result.data;
  });
}

// As @hono/zod-openapi 1.6 does (dist/index.mjs): a body of a media type the route does not declare is a 415.
const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;
const MULTIPART_REQUEST = /^multipart\/form-data(;\s?boundary=[a-zA-Z0-9'"()+_,\-./:=?]+)?$/i;
const URLENCODED_REQUEST = /^application\/x-www-form-urlencoded(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

const isJson = (mediaType: string) => /^application\/([a-z-.]+\+)?json/i.test(mediaType);
const isForm = (mediaType: string) =>
  /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(mediaType);

function matchesMediaType(contentType: string, mediaType: string): boolean {
  if (isJson(mediaType)) return JSON_REQUEST.test(contentType);
  if (isForm(mediaType)) return MULTIPART_REQUEST.test(contentType) || URLENCODED_REQUEST.test(contentType);
  return contentType.split(';')[0]!.trim().toLowerCase() === mediaType.toLowerCase();
}

function mediaTypeGate(declaredTypes: string[]): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const contentType = c.req.header('content-type');
    const accepted = contentType
      ? declaredTypes.some((mediaType) => matchesMediaType(contentType, mediaType))
      : !(await hasRequestBody(c));
    if (!accepted) throw new UnsupportedMediaTypeError();
    await next();
  };
}

async function hasRequestBody(c: Context<HubEnv>): Promise<boolean> {
  const request = c.req.raw;
  if (request.body === null) return false;
  if (request.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0;
  const body = request.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
