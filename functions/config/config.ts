import * as z from 'zod/mini';
import { coercedNumber } from '../shared/zod-mini-schemas.js';

const emailList = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) =>
      value
        .split(',')
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    ),
  ),
  z.array(z.email()).check(z.minLength(1)),
);

const optionalUrl = z.pipe(
  z.transform((value: unknown) => (value === '' ? undefined : value)),
  z.optional(z.url()),
);

const count = () => coercedNumber().check(z.int(), z.positive());
const rate = () => coercedNumber().check(z.minimum(0), z.maximum(1));

// zod/mini: the public function parses its environment at every cold start, and classic zod is ~190 KB of it.
export const configSchema = z.object({
  HUB_TABLE_NAME: z._default(z.string().check(z.minLength(3)), 'filiere-hub'),
  HUB_BASE_URL: z._default(z.url(), 'http://localhost:3000'),
  HUB_STAFF_EMAILS: emailList,
  HUB_MAIL_FROM: z._default(z.email(), 'evenements@filiere-aimants-aura.fr'),
  HUB_MAIL_FROM_NAME: z._default(z.string(), 'Filière aimants & terres rares AURA'),
  HUB_SIGNING_KEY: z.string().check(z.minLength(32, 'HUB_SIGNING_KEY doit contenir au moins 32 caractères')),
  HUB_SES_CONFIGURATION_SET: z.optional(z.string()),
  HUB_MAX_BODY_BYTES: z._default(count(), 64 * 1024),
  HUB_LOCAL: z._default(z.stringbool(), false),
  /** Requests a client may send each minute to each public POST route (registration, subscription, sign-in link). */
  HUB_RATE_LIMIT_PER_MINUTE: z._default(count(), 30),
  /** `off` turns every rate limit off (load tests, benchmarks). */
  HUB_RATE_LIMITS: z._default(z.enum(['on', 'off']), 'on'),
  /** SES sending quota (mails per second), shared by every campaign worker through a token bucket. */
  HUB_SES_MAX_RATE: z._default(coercedNumber().check(z.positive()), 14),
  /** A campaign pauses itself above these rates (fractions: 0.04 = 4 %). */
  HUB_CAMPAIGN_MAX_BOUNCE_RATE: z._default(rate(), 0.04),
  HUB_CAMPAIGN_MAX_COMPLAINT_RATE: z._default(rate(), 0.0008),
  /** Rates are judged only once this many mails went out: two bounces in the first ten mean little. */
  HUB_CAMPAIGN_PAUSE_MIN_SENT: z._default(coercedNumber().check(z.int(), z.minimum(1)), 100),
  /** Personal data are erased this many days after a person's last interaction (default 3 years). */
  HUB_RETENTION_DAYS: z._default(count(), 3 * 365),
  /** Attendance signatures, closings and trainers are purged this many days after their event's end. */
  HUB_ATTENDANCE_RETENTION_DAYS: z._default(count(), 1095),
  /** Who signs the certificates of attendance (the same for every event): a name and a title. */
  HUB_CERTIFICATE_ISSUER_NAME: z._default(
    z.string().check(z.minLength(1)),
    'Filière aimants & terres rares AURA',
  ),
  HUB_CERTIFICATE_ISSUER_TITLE: z._default(z.string().check(z.minLength(1)), 'Coordination de la filière'),
  /** Unconfirmed newsletter requests expire after this many days. */
  HUB_NEWSLETTER_CONFIRM_DAYS: z._default(count(), 7),
  /** The SQS queue campaign sends go through (Lambda only; the local hub uses an in-process queue). */
  HUB_CAMPAIGN_QUEUE_URL: optionalUrl,
  /**
   * Where transactional mails are queued (the outbox: confirmations, reminders, newsletter opt-in): `table` (AWS:
   * items of the hub's table, whose stream feeds the mail worker; the public function always queues there), or
   * `in-process` (local hub, tests): a queue whose sends are mailed before they resolve.
   */
  HUB_MAIL_OUTBOX: z._default(z.enum(['table', 'in-process']), 'in-process'),
  /** The mailto: address of List-Unsubscribe; default `desabonnement@` the sender's domain. */
  HUB_UNSUBSCRIBE_MAILTO: z.optional(z.email()),
  AWS_REGION: z._default(z.string(), 'eu-west-3'),
  DYNAMODB_ENDPOINT: optionalUrl,
  SES_ENDPOINT: optionalUrl,
  /** Private bucket of the communication kits (files and ZIPs). */
  HUB_KITS_BUCKET: z._default(z.string().check(z.minLength(3)), 'filiere-hub-kits'),
  /**
   * How long a replay's video or slides URL stays valid (seconds): 3 h by default, 6 h at most. Kits keep their
   * minutes. In AWS a URL signed with the function's temporary credentials ends when they do, whichever comes first.
   */
  HUB_REPLAY_URL_SECONDS: z._default(
    coercedNumber().check(z.int(), z.minimum(60), z.maximum(6 * 3600)),
    3 * 3600,
  ),
  /** Local S3-compatible endpoint (s3rver); absent in AWS. */
  S3_ENDPOINT: optionalUrl,
});

export type HubConfig = z.output<typeof configSchema>;

export type ConfigKey = keyof HubConfig;

/** The variables one entry reads: each entry parses its part only, so it needs nothing it does not use. */
export type ConfigPart<K extends ConfigKey> = Pick<HubConfig, K>;

export class ConfigError extends Error {}

/**
 * Reads the configuration once, failing fast with every problem named. Given a part (the variables an entry
 * uses), reads those alone: a variable the entry does not use can be absent or wrong without stopping it.
 */
export function loadConfig(env?: Record<string, string | undefined>): HubConfig;
export function loadConfig<K extends ConfigKey>(
  env: Record<string, string | undefined>,
  part: readonly K[],
): ConfigPart<K>;
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  part?: readonly ConfigKey[],
): Partial<HubConfig> {
  const mask = part && (Object.fromEntries(part.map((key) => [key, true])) as { [K in ConfigKey]?: true });
  const schema = mask ? z.pick(configSchema, mask) : configSchema;
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(racine)'} : ${issue.message}`,
    );
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function isLocalhost(config: Pick<HubConfig, 'HUB_BASE_URL'>): boolean {
  const host = new URL(config.HUB_BASE_URL).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}
