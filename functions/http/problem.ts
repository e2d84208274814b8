import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  HubError,
  MalformedBodyError,
  UnsupportedMediaTypeError,
  type ProblemDocument,
} from '../shared/errors.js';

/**
 * A problem+json answer, its texts in the request's language: `translate` gives the English of the domain's
 * French texts (i18n/english-problem-texts.ts); French answers keep them as they are.
 */
export function problemResponse(problem: ProblemDocument, translate = (text: string) => text): Response {
  const { title, detail, errors } = problem;
  const translated: ProblemDocument = {
    ...problem,
    title: translate(title),
    ...(detail === undefined ? {} : { detail: translate(detail) }),
    ...(errors === undefined
      ? {}
      : {
          errors: Object.fromEntries(
            Object.entries(errors).map(([field, messages]) => [field, messages.map(translate)]),
          ),
        }),
  };
  return new Response(JSON.stringify(translated), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}

/** The refusals hono throws (its validators: an unreadable body; @hono/zod-openapi: a media type not taken). */
function fromFramework(error: HTTPException): HubError | undefined {
  if (error.status === 400) return new MalformedBodyError();
  if (error.status === 415) return new UnsupportedMediaTypeError();
  return undefined;
}

/** The hub's one error path: domain errors, and the framework's refusals through them, become RFC 9457. */
export function toProblem(error: unknown): ProblemDocument {
  const known = error instanceof HTTPException ? fromFramework(error) : error;
  if (known instanceof HubError) return known.toProblem();
  return {
    type: 'about:blank',
    title: 'Erreur interne',
    status: 500,
    detail: 'Une erreur inattendue est survenue. L’équipe technique a été prévenue.',
  };
}

export function wantsHtml(c: Context): boolean {
  return !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');
}
