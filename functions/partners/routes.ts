import { createRoute, z } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import {
  CreateOrganisationBodySchema,
  CreatedOrganisationSchema,
  InviteMemberBodySchema,
  MemberParamsSchema,
  MemberSchema,
  OrganisationIdParamsSchema,
  OrganisationSchema,
} from './schemas.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { staffAuthor } from '../auth/staff-author.js';
import type { PartnerService } from './partner-service.js';

const tags = ['Équipe — partenaires'];
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

const createOrganisation = createRoute({
  method: 'post',
  path: '/api/admin/organisations',
  tags,
  summary: 'Créer une organisation partenaire',
  request: { body: { content: json(CreateOrganisationBodySchema), required: true } },
  responses: {
    201: { content: json(CreatedOrganisationSchema), description: 'Organisation créée.' },
    400: problem('Données invalides.'),
    401: problem('Session d’équipe requise.'),
  },
});

const listOrganisations = createRoute({
  method: 'get',
  path: '/api/admin/organisations',
  tags,
  summary: 'Les organisations partenaires',
  responses: {
    200: { content: json(z.object({ items: z.array(OrganisationSchema) })), description: 'Organisations.' },
    401: problem('Session d’équipe requise.'),
  },
});

const inviteMember = createRoute({
  method: 'post',
  path: '/api/admin/organisations/{id}/members',
  tags,
  summary: 'Inviter un membre (il reçoit un e-mail et se connecte par lien magique)',
  request: {
    params: OrganisationIdParamsSchema,
    body: { content: json(InviteMemberBodySchema), required: true },
  },
  responses: {
    201: { content: json(MemberSchema), description: 'Membre ajouté, invitation envoyée.' },
    400: problem('Données invalides.'),
    401: problem('Session d’équipe requise.'),
    404: problem('Organisation inconnue.'),
    409: problem('Adresse déjà membre d’une organisation.'),
  },
});

const listMembers = createRoute({
  method: 'get',
  path: '/api/admin/organisations/{id}/members',
  tags,
  summary: 'Les membres d’une organisation',
  request: { params: OrganisationIdParamsSchema },
  responses: {
    200: { content: json(z.object({ items: z.array(MemberSchema) })), description: 'Membres.' },
    401: problem('Session d’équipe requise.'),
    404: problem('Organisation inconnue.'),
  },
});

const withdrawMember = createRoute({
  method: 'delete',
  path: '/api/admin/organisations/{id}/members/{email}',
  tags,
  summary: 'Retirer un membre (son accès et ses sessions prennent fin aussitôt)',
  request: { params: MemberParamsSchema },
  responses: {
    204: { description: 'Membre retiré, retrait inscrit au journal de l’organisation.' },
    401: problem('Session d’équipe requise.'),
    404: problem('Cette adresse n’est pas membre de cette organisation.'),
  },
});

export function partnerRoutes(deps: { partners: PartnerService }): HubApp {
  const app = staffSubApp();
  app.openapi(createOrganisation, async (c) => {
    const organisation = await deps.partners.createOrganisation(c.req.valid('json').name);
    return c.json({ id: organisation.id }, 201);
  });

  app.openapi(listOrganisations, async (c) =>
    c.json({ items: await deps.partners.listOrganisations() }, 200),
  );

  app.openapi(inviteMember, async (c) => {
    const member = await deps.partners.inviteMember(c.req.valid('param').id, c.req.valid('json'));
    return c.json(member, 201);
  });

  app.openapi(listMembers, async (c) => {
    const { id } = c.req.valid('param');
    await deps.partners.getOrganisation(id);
    return c.json({ items: await deps.partners.listMembers(id) }, 200);
  });

  app.openapi(withdrawMember, async (c) => {
    const { id, email } = c.req.valid('param');
    await deps.partners.withdrawMember(id, email, staffAuthor(c));
    return c.body(null, 204);
  });
  return app;
}
