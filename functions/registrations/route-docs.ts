import * as z from 'zod/mini';
import { apiComponents } from '../http/api-components.js';
import type { DocumentedRoute } from '../http/route-docs.js';
import { cancellationRoute, registrationRoute } from './public-routes.js';
import { cancelBodySchema, registrationBodySchema } from './public-schemas.js';
import { PER_CLIENT_LIMIT, PER_TOKEN_LIMIT, problem, tooManyRequests } from '../http/openapi-responses.js';

apiComponents.add(registrationBodySchema, { id: 'RegistrationBody' });
apiComponents.add(cancelBodySchema, { id: 'CancellationBody' });

/** The answers, as the routes' handlers write them (documentation only: nothing parses them). */
const registrationCreatedSchema = z
  .object({ id: z.string(), status: z.enum(['confirmed', 'waitlisted']) })
  .register(apiComponents, { id: 'RegistrationCreated' });

const alreadyRegisteredSchema = z
  .object({ outcome: z.literal('already-registered') })
  .register(apiComponents, { id: 'AlreadyRegistered' });

const cancelledSchema = z
  .object({ id: z.string(), status: z.literal('cancelled') })
  .register(apiComponents, { id: 'RegistrationCancelled' });

const tags = ['Inscriptions'];
const htmlPage = { 'text/html': { schema: { type: 'string' } } };

/** /openapi.json's account of registering and cancelling (the full app only). */
export const registrationRouteDocs: DocumentedRoute[] = [
  [
    registrationRoute,
    {
      tags,
      summary: 'S’inscrire à un événement',
      description:
        'Accepte du JSON, ou le formulaire HTML de la page de l’événement (réponse en page HTML). ' +
        'Une adresse déjà inscrite reçoit 200 sans rien de ce qui est enregistré : ni identifiant, ni statut.',
      otherBodies: {
        'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/RegistrationBody' } },
      },
      responses: {
        201: {
          description: 'Inscription créée (confirmée ou sur liste d’attente).',
          content: { 'application/json': { schema: registrationCreatedSchema }, ...htmlPage },
        },
        200: {
          description: 'Cette adresse était déjà inscrite : rien n’a changé, rien n’est révélé.',
          content: { 'application/json': { schema: alreadyRegisteredSchema }, ...htmlPage },
        },
        400: problem('Données invalides (messages par champ).'),
        404: problem('Événement inconnu.'),
        409: problem('Complet sans liste d’attente, ou inscriptions closes.'),
        410: problem('Événement annulé ou passé.'),
        429: tooManyRequests(PER_CLIENT_LIMIT),
      },
    },
  ],
  [
    cancellationRoute,
    {
      tags,
      summary: 'Annuler une inscription avec le jeton du lien personnel',
      responses: {
        200: {
          description: 'Inscription annulée (ou déjà annulée).',
          content: { 'application/json': { schema: cancelledSchema } },
        },
        400: problem('Jeton invalide.'),
        404: problem('Inscription inconnue.'),
        410: problem('Événement annulé ou déjà commencé.'),
        429: tooManyRequests(PER_TOKEN_LIMIT),
      },
    },
  ],
];
