import * as z from 'zod/mini';
import { apiComponents } from '../http/api-components.js';
import type { DocumentedRoute } from '../http/route-docs.js';
import { confirmRoute, subscribeRoute, topicsRoute } from './public-routes.js';
import { subscriptionBodySchema, tokenBodySchema } from './schemas.js';
import { PER_CLIENT_LIMIT, PER_TOKEN_LIMIT, problem, tooManyRequests } from '../http/openapi-responses.js';

apiComponents.add(subscriptionBodySchema, { id: 'NewsletterSubscription' });
apiComponents.add(tokenBodySchema, { id: 'NewsletterToken' });

/** The answers, as the routes' handlers write them (documentation only: nothing parses them). */
const topicsSchema = z
  .object({ items: z.array(z.object({ slug: z.string(), name: z.string() })) })
  .register(apiComponents, { id: 'NewsletterTopics' });

const acceptedSchema = z.object({ message: z.string() });

const confirmedSchema = z
  .object({ email: z.string(), status: z.literal('confirmed'), topics: z.array(z.string()) })
  .register(apiComponents, { id: 'NewsletterConfirmed' });

const tags = ['Lettre d’information'];

/** /openapi.json's account of the newsletter's public API (the full app only). */
export const newsletterRouteDocs: DocumentedRoute[] = [
  [
    subscribeRoute,
    {
      tags,
      summary: 'Demander un abonnement (double opt-in)',
      description:
        'Répond 202 et envoie un e-mail de confirmation ; rien n’est envoyé d’autre avant la confirmation. ' +
        'Accepte aussi le formulaire HTML de la page /newsletter (réponse en page HTML).',
      responses: {
        202: {
          description: 'Demande prise en compte.',
          content: { 'application/json': { schema: acceptedSchema } },
        },
        400: problem('Données invalides (messages par champ).'),
        429: tooManyRequests(PER_CLIENT_LIMIT),
      },
    },
  ],
  [
    confirmRoute,
    {
      tags,
      summary: 'Confirmer un abonnement avec le jeton du lien reçu',
      responses: {
        200: {
          description: 'Abonnement confirmé.',
          content: { 'application/json': { schema: confirmedSchema } },
        },
        400: problem('Jeton invalide ou expiré.'),
        410: problem('Demande expirée ou remplacée.'),
        429: tooManyRequests(PER_TOKEN_LIMIT),
      },
    },
  ],
  [
    topicsRoute,
    {
      tags,
      summary: 'Les thèmes de la lettre',
      responses: {
        200: { description: 'Thèmes.', content: { 'application/json': { schema: topicsSchema } } },
      },
    },
  ],
];
