import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { HubError, type ProblemDocument } from '../shared/errors.js';

export function problemResponse(problem: ProblemDocument): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}

const titles: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Introuvable',
  405: 'Méthode non autorisée',
  413: 'Requête trop volumineuse',
  415: 'Type de contenu non pris en charge',
};

/** The hub's one error path: domain errors, framework errors and the unexpected become RFC 9457. */
export function toProblem(error: unknown): ProblemDocument {
  if (error instanceof HubError) return error.toProblem();
  if (error instanceof HTTPException && error.status < 500) {
    return {
      type: 'about:blank',
      title: titles[error.status] ?? 'Requête refusée',
      status: error.status,
      detail:
        error.status === 400
          ? 'Le corps de la requête est illisible (JSON ou formulaire mal formé).'
          : error.message,
    };
  }
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
