/** What /openapi.json says of a problem+json body (functions/http/problem.ts writes it): an object. */
const PROBLEM_SCHEMA = { type: 'object' } as const;

/** The same body as the magic-link and calendar routes document it, open to any member. */
export const OPEN_PROBLEM_SCHEMA = { type: 'object', properties: {}, additionalProperties: {} } as const;

/** A route's error answer in /openapi.json: an RFC 9457 problem, described in French. */
export function problem(
  description: string,
  schema: typeof PROBLEM_SCHEMA | typeof OPEN_PROBLEM_SCHEMA = PROBLEM_SCHEMA,
) {
  return { description, content: { 'application/problem+json': { schema } } };
}

/** A route's answer past its rate limit (functions/limits/): a problem, and when to come back. */
export function tooManyRequests(
  description: string,
  schema: typeof PROBLEM_SCHEMA | typeof OPEN_PROBLEM_SCHEMA = PROBLEM_SCHEMA,
) {
  return {
    ...problem(description, schema),
    headers: {
      'Retry-After': {
        description: 'Secondes à attendre avant de réessayer (la fin de la fenêtre d’une minute).',
        schema: { type: 'integer', minimum: 1 } as const,
      },
    },
  };
}

export const PER_CLIENT_LIMIT =
  'Trop de requêtes de ce client en une minute (HUB_RATE_LIMIT_PER_MINUTE, 30 par défaut).';
export const PER_TOKEN_LIMIT =
  'Trop de requêtes avec ce jeton en une minute (HUB_RATE_LIMIT_PER_MINUTE, 30 par défaut).';
