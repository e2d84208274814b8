import { z } from 'zod';

/** What a deployment needs to know, given by `-c key=value` (or cdk.json "context") or by props in tests. */
export interface HubParameters {
  senderDomain: string;
  senderAddress: string;
  staffEmails: string[];
  alarmEmail: string;
  /** Served on this name instead of the execute-api URL; the certificate must be in the same region. */
  customDomain?: { domainName: string; certificateArn: string };
  /**
   * The one origin whose pages may upload to and read from the kits bucket (CORS); defaults to the custom
   * domain (see siteOrigin). The execute-api address is only known once the app stack exists, so without a
   * custom domain it is passed on a second deploy; until then the bucket answers no cross-origin request.
   */
  allowedOrigin?: string;
  /** The account's SES sending quota (mails per second), shared by the campaign workers. */
  sesMaxRate: number;
  /** Each client's requests per minute to each public POST route (HUB_RATE_LIMIT_PER_MINUTE); the app's default if absent. */
  rateLimitPerMinute?: number;
  region: string;
}

const domainName = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i, 'nom de domaine invalide');

const contextSchema = z
  .object({
    senderDomain: domainName,
    senderAddress: z.email(),
    staffEmails: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((email) => email.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.email()).min(1)),
    alarmEmail: z.email(),
    customDomain: domainName.optional(),
    certificateArn: z.string().startsWith('arn:aws:acm:').optional(),
    allowedOrigin: z
      .string()
      .regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/i, 'origine https sans chemin attendue (https://hub.exemple.fr)')
      .optional(),
    sesMaxRate: z.coerce.number().positive().default(14),
    rateLimitPerMinute: z.coerce.number().int().positive().optional(),
    region: z.string().default('eu-west-3'),
  })
  .refine((value) => value.senderAddress.toLowerCase().endsWith(`@${value.senderDomain.toLowerCase()}`), {
    message: 'senderAddress doit appartenir à senderDomain (l’identité SES vérifiée)',
    path: ['senderAddress'],
  })
  .refine((value) => !value.customDomain || value.certificateArn, {
    message: 'customDomain demande certificateArn (certificat ACM de la même région)',
    path: ['certificateArn'],
  });

const contextKeys = [
  'senderDomain',
  'senderAddress',
  'staffEmails',
  'alarmEmail',
  'customDomain',
  'certificateArn',
  'allowedOrigin',
  'sesMaxRate',
  'rateLimitPerMinute',
  'region',
] as const;

/** Reads and checks the deployment parameters, failing fast with every problem named. */
export function parametersFromContext(tryGetContext: (key: string) => unknown): HubParameters {
  const raw = Object.fromEntries(contextKeys.map((key) => [key, tryGetContext(key) ?? undefined]));
  const parsed = contextSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')} : ${issue.message}`);
    throw new Error(`Paramètres de déploiement invalides (-c clé=valeur) :\n${lines.join('\n')}`);
  }
  const { customDomain, certificateArn, allowedOrigin, rateLimitPerMinute, ...rest } = parsed.data;
  return {
    ...rest,
    ...(rateLimitPerMinute ? { rateLimitPerMinute } : {}),
    ...(customDomain && certificateArn ? { customDomain: { domainName: customDomain, certificateArn } } : {}),
    ...(allowedOrigin ? { allowedOrigin } : {}),
  };
}

/** The origin the kits bucket answers cross-origin requests from, if one is known at synth time. */
export function siteOrigin(parameters: HubParameters): string | undefined {
  return (
    parameters.allowedOrigin ??
    (parameters.customDomain ? `https://${parameters.customDomain.domainName}` : undefined)
  );
}
