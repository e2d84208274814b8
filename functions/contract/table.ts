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
