import { z } from '@hono/zod-openapi';
import { emailField, singleLineText } from '../http/text-fields.js';

export const CreateOrganisationBodySchema = z
  .object({ name: singleLineText(200).openapi({ example: 'Aimants du Rhône SAS' }) })
  .strict()
  .openapi('CreateOrganisation');

export const OrganisationIdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const MemberParamsSchema = OrganisationIdParamsSchema.extend({
  email: z
    .string()
    .min(1)
    .max(320)
    .openapi({
      param: { name: 'email', in: 'path' },
      description: 'Adresse du membre (encodée dans le chemin ; la casse ne compte pas).',
      example: 'camille.martin%40aimants-rhone.fr',
    }),
});

export const CreatedOrganisationSchema = z.object({ id: z.string() }).openapi('CreatedOrganisation');

export const OrganisationSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('Organisation');

export const InviteMemberBodySchema = z
  .object({ email: emailField, name: singleLineText(120).openapi({ example: 'Camille Martin' }) })
  .strict()
  .openapi('InviteMember');

export const MemberSchema = z
  .object({ organisationId: z.string(), email: z.string(), name: z.string(), invitedAt: z.string() })
  .openapi('Member');
