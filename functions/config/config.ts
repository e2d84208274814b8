import { z } from 'zod';

const emailList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email()).min(1));

const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional());

export const configSchema = z.object({
  HUB_TABLE_NAME: z.string().min(3).default('filiere-hub'),
  HUB_BASE_URL: z.url().default('http://localhost:3000'),
  HUB_STAFF_EMAILS: emailList,
  HUB_MAIL_FROM: z.email().default('evenements@filiere-aimants-aura.fr'),
  HUB_MAIL_FROM_NAME: z.string().default('Filière aimants & terres rares AURA'),
  HUB_SIGNING_KEY: z.string().min(32, 'HUB_SIGNING_KEY doit contenir au moins 32 caractères'),
  HUB_SES_CONFIGURATION_SET: z.string().optional(),
  HUB_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  HUB_LOCAL: z.stringbool().default(false),
  /** SES sending quota (mails per second), shared by every campaign worker through a token bucket. */
  HUB_SES_MAX_RATE: z.coerce.number().positive().default(14),
  /** A campaign pauses itself above these rates (fractions: 0.04 = 4 %). */
  HUB_CAMPAIGN_MAX_BOUNCE_RATE: z.coerce.number().min(0).max(1).default(0.04),
  HUB_CAMPAIGN_MAX_COMPLAINT_RATE: z.coerce.number().min(0).max(1).default(0.0008),
  /** Rates are judged only once this many mails went out: two bounces in the first ten mean little. */
  HUB_CAMPAIGN_PAUSE_MIN_SENT: z.coerce.number().int().min(1).default(100),
  /** Personal data are erased this many days after a person's last interaction (default 3 years). */
  HUB_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .positive()
    .default(3 * 365),
  /** Unconfirmed newsletter requests expire after this many days. */
  HUB_NEWSLETTER_CONFIRM_DAYS: z.coerce.number().int().positive().default(7),
  /** The SQS queue campaign sends go through (Lambda only; the local hub uses an in-process queue). */
  HUB_CAMPAIGN_QUEUE_URL: optionalUrl,
  /**
   * Where transactional mails are queued (the outbox: confirmations, reminders, newsletter opt-in): `table` (AWS:
   * items of the hub's table, whose stream feeds the mail worker; the public function always queues there), or
   * `in-process` (local hub, tests): a queue whose sends are mailed before they resolve.
   */
  HUB_MAIL_OUTBOX: z.enum(['table', 'in-process']).default('in-process'),
  /** The mailto: address of List-Unsubscribe; default `desabonnement@` the sender's domain. */
  HUB_UNSUBSCRIBE_MAILTO: z.email().optional(),
  AWS_REGION: z.string().default('eu-west-3'),
  DYNAMODB_ENDPOINT: optionalUrl,
  SES_ENDPOINT: optionalUrl,
  /** Private bucket of the communication kits (files and ZIPs). */
  HUB_KITS_BUCKET: z.string().min(3).default('filiere-hub-kits'),
  /** Local S3-compatible endpoint (s3rver); absent in AWS. */
  S3_ENDPOINT: optionalUrl,
});

export type HubConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads the configuration once, failing fast with every problem named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): HubConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(racine)'} : ${issue.message}`,
    );
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function isLocalhost(config: HubConfig): boolean {
  const host = new URL(config.HUB_BASE_URL).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}
