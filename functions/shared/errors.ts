/** Field name (dotted path) → French messages, as shown beside form fields and in problem+json. */
export type FieldErrors = Record<string, string[]>;

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldErrors;
}

const PROBLEM_BASE = 'https://filiere-hub.fr/problemes/';

/**
 * The one error model of the hub: every failure the domain can name carries its HTTP form, so the
 * HTTP layer maps it to RFC 9457 problem+json in one place.
 */
export abstract class HubError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;

  constructor(
    readonly title: string,
    readonly detail?: string,
    readonly fields?: FieldErrors,
  ) {
    super(detail ?? title);
    this.name = new.target.name;
  }

  toProblem(): ProblemDocument {
    return {
      type: PROBLEM_BASE + this.code,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.fields ? { errors: this.fields } : {}),
    };
  }
}

export class ValidationError extends HubError {
  readonly status = 400;
  readonly code = 'donnees-invalides';
  constructor(fields: FieldErrors, detail = 'Certaines informations sont invalides.') {
    super('Données invalides', detail, fields);
  }
}

export class MalformedBodyError extends HubError {
  readonly status = 400;
  readonly code = 'corps-illisible';
  constructor(detail = 'Le corps de la requête est illisible (JSON ou formulaire mal formé).') {
    super('Requête illisible', detail);
  }
}

export class NotFoundError extends HubError {
  readonly status = 404;
  readonly code = 'introuvable';
  constructor(detail = 'La ressource demandée est introuvable.') {
    super('Introuvable', detail);
  }
}

export class ConflictError extends HubError {
  readonly status = 409;
  readonly code: string;
  constructor(detail: string, code = 'conflit') {
    super('Conflit', detail);
    this.code = code;
  }
}

export class GoneError extends HubError {
  readonly status = 410;
  readonly code: string;
  constructor(detail: string, code = 'termine') {
    super('Plus disponible', detail);
    this.code = code;
  }
}

export class UnauthorizedError extends HubError {
  readonly status = 401;
  readonly code = 'non-authentifie';
  constructor(detail = 'Connectez-vous pour accéder à cette ressource.') {
    super('Authentification requise', detail);
  }
}

export class ForbiddenError extends HubError {
  readonly status = 403;
  readonly code = 'interdit';
  constructor(detail = 'Vous n’avez pas accès à cette ressource.') {
    super('Accès refusé', detail);
  }
}

export class PayloadTooLargeError extends HubError {
  readonly status = 413;
  readonly code = 'corps-trop-volumineux';
  constructor(detail = 'Le corps de la requête est trop volumineux.') {
    super('Requête trop volumineuse', detail);
  }
}

export class UnsupportedMediaTypeError extends HubError {
  readonly status = 415;
  readonly code = 'type-non-pris-en-charge';
  constructor(detail = 'Ce type de contenu n’est pas accepté.') {
    super('Type de contenu non pris en charge', detail);
  }
}

/** A dependency (store, mail service) failed in a way the caller may retry. */
export class UnavailableError extends HubError {
  readonly status = 503;
  readonly code = 'indisponible';
  constructor(detail = 'Le service est momentanément indisponible, réessayez dans un instant.') {
    super('Service indisponible', detail);
  }
}

/** Too many requests from one client, or with one token, in a short time: answered with `Retry-After`. */
export class TooManyRequestsError extends HubError {
  readonly status = 429;
  readonly code = 'trop-de-requetes';
  constructor(readonly retryAfterSeconds: number) {
    super(
      'Trop de requêtes',
      `Trop de demandes en peu de temps : réessayez dans ${retryAfterSeconds} secondes.`,
    );
  }
}
