/**
 * The hub's one table as both the stack (lib/data-stack.ts) and the stores see it. Items are addressed by
 * `pk`/`sk`; `gsi1` serves listings (events by date, registrations by e-mail…); `ttl` (epoch seconds) lets
 * DynamoDB expire tokens. The full key layout is in functions/store/keys.ts. Imports nothing: CDK code may
 * import this folder and no other runtime module.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  gsi1: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  ttlAttribute: 'ttl',
} as const;

/** The partition-key prefix of an outbox mail message: the table's stream carries only these to the mail worker. */
export const MAIL_MESSAGE_KEY_PREFIX = 'OUTBOX#';

/**
 * The partition keys the public function may name (`dynamodb:LeadingKeys` patterns of its IAM policy): events,
 * their slugs and registrations (with their e-mail claims, waitlist and counters in the event's partition),
 * newsletter subscribers, the campaigns its archive pages, tracking links and unsubscriptions read and count on,
 * the archive, its outbox mail messages, its rate-limit counters, and the room codes trainees sign with. Never a session, a sign-in link, a partner
 * or a kit. Tested against what the public stores do (test/http/public-table-keys.test.ts).
 */
export const PUBLIC_TABLE_KEY_PATTERNS = [
  'EVENT#*',
  'SLUG#*',
  'SUBSCRIBER#*',
  'CAMPAIGN#*',
  'ARCHIVE',
  `${MAIL_MESSAGE_KEY_PREFIX}*`,
  'LIMIT#*',
  'ROOMCODE#*',
] as const;

/** The partition keys of `gsi1` the public function queries: the events by date, the topics, who was last mailed. */
export const PUBLIC_INDEX_KEY_PATTERNS = ['EVENTS', 'TOPICS', 'MAILED#*'] as const;
