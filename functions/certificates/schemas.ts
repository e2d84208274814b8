import { z } from '@hono/zod-openapi';

export const certificateNumberParams = z.object({
  number: z
    .string()
    .min(1)
    .max(40)
    .openapi({ param: { name: 'number', in: 'path' }, example: '7K2QD-9XW4M-B3RTV-0HZ8C' }),
});

export const IssueOutcomeSchema = z
  .object({
    issued: z.number().int().openapi({ description: 'Attestations délivrées par cet appel.' }),
    skipped: z.number().int().openapi({
      description: 'Inscrits confirmés sans nouvelle attestation : sous le seuil, ou déjà pourvus.',
    }),
  })
  .openapi('CertificateIssueOutcome');

export const CertificateProofSchema = z
  .object({
    number: z.string(),
    initials: z.string().optional().openapi({ description: 'Absentes si le stagiaire a été effacé.' }),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    attendedMinutes: z.number().int(),
    plannedMinutes: z.number().int(),
    issuerName: z.string(),
    issuerTitle: z.string(),
    issuedAt: z.string(),
    status: z.enum(['valide', 'révoqué']),
  })
  .openapi('CertificateProof');

export const CertificateListSchema = z
  .object({
    items: z.array(
      z.object({
        number: z.string(),
        registrationId: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        organisation: z.string().optional(),
        attendedMinutes: z.number().int(),
        plannedMinutes: z.number().int(),
        issuedAt: z.string(),
        revokedAt: z.string().optional(),
      }),
    ),
  })
  .openapi('CertificateList');
