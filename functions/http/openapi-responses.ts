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
