import { beforeAll, describe, expect, it } from 'vitest';
import { OpenAPIHono } from '@hono/zod-openapi';
import { PUBLIC_ROUTE_DOCS } from '../../functions/composition/public-route-docs.js';
import { declaredRoutes } from '../../functions/http/register-route.js';
import { documentRoutes } from '../../functions/http/route-docs.js';
import { defineRoute } from '../../functions/http/route-spec.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

interface Operation {
  tags: string[];
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { required: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The public routes as /openapi.json documented them when they were declared with @hono/zod-openapi. */
const PUBLIC_OPERATIONS = [
  { method: 'get', path: '/api/events', statuses: ['200'], ok: ref('PublicEventList'), params: [] },
  {
    method: 'get',
    path: '/api/events/{slug}',
    statuses: ['200', '404'],
    ok: ref('PublicEvent'),
    params: ['slug'],
  },
  {
    method: 'get',
    path: '/api/events/{slug}/programme',
    statuses: ['200', '404'],
    ok: ref('PublicProgramme'),
    params: ['slug'],
  },
  {
    method: 'post',
    path: '/api/events/{slug}/registrations',
    statuses: ['200', '201', '400', '404', '409', '410', '429'],
    ok: ref('AlreadyRegistered'),
    params: ['slug'],
    body: ref('RegistrationBody'),
  },
  {
    method: 'post',
    path: '/api/registrations/cancel',
    statuses: ['200', '400', '404', '410', '429'],
    ok: ref('RegistrationCancelled'),
    params: [],
    body: ref('CancellationBody'),
  },
  {
    method: 'post',
    path: '/api/newsletter/subscriptions',
    statuses: ['202', '400', '429'],
    params: [],
    body: ref('NewsletterSubscription'),
  },
  {
    method: 'post',
    path: '/api/newsletter/confirm',
    statuses: ['200', '400', '410', '429'],
    ok: ref('NewsletterConfirmed'),
    params: [],
    body: ref('NewsletterToken'),
  },
  {
    method: 'get',
    path: '/api/newsletter/topics',
    statuses: ['200'],
    ok: ref('NewsletterTopics'),
    params: [],
  },
  {
    method: 'post',
    path: '/api/attendance/signatures',
    statuses: ['200', '201', '400', '409', '429'],
    ok: ref('CodeSigned'),
    params: [],
    body: ref('CodeSigningBody'),
  },
];

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
  );
}

describe('/openapi.json, for the public routes declared with zod/mini', () => {
  let t: TestHub;
  let document: Document;
  beforeAll(async () => {
    t = await createTestHub();
    document = (await (await t.app.request('/openapi.json')).json()) as Document;
  });

  it.each(
    PUBLIC_OPERATIONS.map((operation) => [`${operation.method} ${operation.path}`, operation] as const),
  )('documents %s with its parameters, body, statuses and named schemas', (_name, expected) => {
    const operation = document.paths[expected.path]?.[expected.method];

    expect(operation).toBeDefined();
    expect(Object.keys(operation!.responses).sort()).toEqual(expected.statuses);
    expect(operation!.tags).toHaveLength(1);
    expect(
      (operation!.parameters ?? []).map(({ name, in: where, required }) => [name, where, required]),
    ).toEqual(expected.params.map((name) => [name, 'path', true]));
    if (expected.ok)
      expect(operation!.responses[expected.statuses[0]!]!.content?.['application/json']?.schema).toEqual(
        expected.ok,
      );
    if (expected.body) {
      expect(operation!.requestBody?.required).toBe(true);
      expect(operation!.requestBody?.content['application/json']?.schema).toEqual(expected.body);
    }
    for (const [status, response] of Object.entries(operation!.responses)) {
      expect(response.description, status).not.toBe('');
      if (Number(status) >= 400)
        expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
    }
  });

  it('documents the 429 of each rate-limited route with its Retry-After header (#14)', () => {
    const limited = [
      ['/api/events/{slug}/registrations', 'post'],
      ['/api/registrations/cancel', 'post'],
      ['/api/newsletter/subscriptions', 'post'],
      ['/api/newsletter/confirm', 'post'],
      ['/api/auth/magic-link', 'post'],
      ['/api/attendance/signatures', 'post'],
    ] as const;
    for (const [path, method] of limited) {
      const response = document.paths[path]![method]!.responses['429'] as {
        headers?: Record<string, { schema: unknown }>;
        content?: Record<string, unknown>;
      };
      expect(response.headers?.['Retry-After']?.schema, path).toEqual({ type: 'integer', minimum: 1 });
      expect(Object.keys(response.content ?? {}), path).toEqual(['application/problem+json']);
    }
  });

  it('still documents the registration form as the same body, and the HTML answers', () => {
    const operation = document.paths['/api/events/{slug}/registrations']!.post!;
    expect(operation.requestBody?.content['application/x-www-form-urlencoded']?.schema).toEqual(
      ref('RegistrationBody'),
    );
    expect(Object.keys(operation.responses['201']!.content!)).toEqual(['application/json', 'text/html']);
  });

  it('describes the request bodies as they are sent: required fields, limits, defaults, no unknown key', () => {
    const body = document.components.schemas.RegistrationBody!;
    expect(body.required).toEqual(['firstName', 'lastName', 'email', 'consent']);
    expect(body.additionalProperties).toBe(false);
    expect(body.properties).toMatchObject({
      firstName: { type: 'string', minLength: 1, maxLength: 100 },
      email: { type: 'string', format: 'email', maxLength: 254 },
      organisation: { type: 'string', maxLength: 200 },
      consent: { type: 'boolean', enum: [true] },
      newsletter: { type: 'boolean', default: false },
    });
    expect(document.components.schemas.NewsletterSubscription!.properties).toMatchObject({
      topics: { type: 'array', minItems: 1, maxItems: 20, items: { pattern: '^[a-z0-9-]{1,60}$' } },
    });
  });

  it('describes the answers as they are built, the staff view extending the public one', () => {
    const event = document.components.schemas.PublicEvent!;
    expect(event.required).toContain('seatsLeft');
    expect(event.properties).toMatchObject({
      description: { type: 'string', description: 'Markdown, tel que saisi par l’équipe.' },
      kind: { type: 'string', enum: ['technical-day', 'webinar', 'training'] },
    });
    expect(event).not.toHaveProperty('additionalProperties');
    expect(document.components.schemas.AdminEvent!.allOf).toEqual([
      ref('PublicEvent'),
      expect.objectContaining({ required: expect.arrayContaining(['confirmedCount', 'sequence']) }),
    ]);
    expect(
      document.paths['/api/admin/events/{id}']!.get!.responses['200']!.content!['application/json']!.schema,
    ).toEqual(ref('AdminEvent'));
  });

  it('has the documentation of every public route the app declares', () => {
    const documented = new Set(PUBLIC_ROUTE_DOCS.map(([route]) => route));

    const declared = declaredRoutes(t.app);

    expect(declared.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(
      PUBLIC_OPERATIONS.map(({ method, path }) => `${method} ${path}`).sort(),
    );
    expect(declared.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('refers only to schemas it defines', () => {
    const defined = Object.keys(document.components.schemas).map((name) => ref(name).$ref);
    expect(refsIn(document).filter((target) => !defined.includes(target))).toEqual([]);
  });
});

describe('documentRoutes, for a public route declared without its documentation', () => {
  it('refuses to build the document, naming the route', () => {
    const app = new OpenAPIHono();
    const undocumented = defineRoute({ method: 'get', path: '/api/nouveau' });

    expect(() => documentRoutes(app.openAPIRegistry, [undocumented], PUBLIC_ROUTE_DOCS)).toThrow(
      'GET /api/nouveau has no documentation',
    );
  });
});
