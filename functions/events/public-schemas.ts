import * as z from 'zod/mini';
import { apiComponents } from '../http/route-spec.js';
import { EVENT_KINDS, EVENT_STATUSES } from './event.js';

export const SlugParamsSchema = z.object({ slug: z.string().check(z.minLength(1), z.maxLength(200)) });

const unlimited = z.describe('null : places illimitées.');

/** What anyone may see. Never the join URL: only confirmed registrants receive it, by mail. */
export const PublicEventSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(EVENT_KINDS),
    title: z.string(),
    summary: z.string(),
    description: z.string().check(z.describe('Markdown, tel que saisi par l’équipe.')),
    descriptionHtml: z.string().check(z.describe('La description rendue en HTML sûr.')),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.literal('Europe/Paris'),
    capacity: z.nullable(z.int()).check(unlimited),
    seatsLeft: z.nullable(z.int()).check(unlimited),
    waitlistOpen: z
      .boolean()
      .check(z.describe('Complet, mais une inscription maintenant irait en liste d’attente.')),
    registrationOpen: z.boolean(),
    registrationClosesAt: z.string(),
    venue: z.optional(z.object({ name: z.string(), address: z.string(), city: z.string() })),
    online: z.boolean().check(z.describe('L’événement se suit en ligne (lien envoyé aux inscrits).')),
    speakers: z.optional(z.array(z.string())),
    organiser: z.optional(z.string()),
    status: z.enum(EVENT_STATUSES),
    url: z.string(),
  })
  .register(apiComponents, { id: 'PublicEvent' });
export type PublicEventView = z.output<typeof PublicEventSchema>;

export const PublicEventListSchema = z
  .object({ items: z.array(PublicEventSchema) })
  .register(apiComponents, { id: 'PublicEventList' });
