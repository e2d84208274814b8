import { describe, expect, it } from 'vitest';
import { HUB_ITEM_ACTIONS } from '../../lib/grants.js';
import { PUBLIC_INDEX_KEY_PATTERNS, PUBLIC_TABLE_KEY_PATTERNS } from '../../functions/contract/table.js';
import { keys } from '../../functions/store/keys.js';
import { statementsOfRole, synthesiseHub } from './hub-stacks.js';
import { CAMPAIGN_TICK_CONFIG } from '../../functions/composition/jobs/campaign-tick.js';
import { RETENTION_CONFIG } from '../../functions/composition/jobs/retention.js';
import { REMINDERS_CONFIG } from '../../functions/composition/jobs/reminders.js';
import { CAMPAIGN_WORKER_CONFIG } from '../../functions/composition/jobs/campaign-worker.js';
import { MAIL_WORKER_CONFIG } from '../../functions/composition/jobs/mail-worker.js';

type Statement = {
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, string[]>>;
};
type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

const actionsOf = (statement: Statement) => ([] as string[]).concat(statement.Action);

/** Whether a LeadingKeys pattern (StringLike: `*` matches anything) lets this partition key value through. */
const allows = (patterns: readonly string[], value: string) =>
  patterns.some((pattern) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(value),
  );

/** Finding 14 of #14: each function reaches the table items and the secret its code uses, and no more. */
describe('least privilege', () => {
  const hub = synthesiseHub();
  const { appTemplate: template, app: stack } = hub;
  const resolve = (value: unknown) => stack.resolve(value);
  const roleOf = (fn: { role: { node: { defaultChild?: unknown } } }) =>
    stack.getLogicalId(fn.role.node.defaultChild as never);
  const tableArn = resolve(hub.data.table.tableArn);
  const indexArn = { 'Fn::Join': ['', [tableArn, '/index/gsi1']] };
  const secretArn = resolve(hub.data.signingKey.secretArn);
  const dynamoStatements = (fn: Parameters<typeof roleOf>[0]) =>
    statementsOfRole<Statement>(template, roleOf(fn)).filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('dynamodb:')),
    );

  it('limits every table and index statement of the public function with dynamodb:LeadingKeys', () => {
    const statements = dynamoStatements(stack.api.handler);

    expect(statements).toEqual([
      {
        Action: HUB_ITEM_ACTIONS,
        Effect: 'Allow',
        Resource: tableArn,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...PUBLIC_TABLE_KEY_PATTERNS] } },
      },
      {
        Action: 'dynamodb:Query',
        Effect: 'Allow',
        Resource: indexArn,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...PUBLIC_INDEX_KEY_PATTERNS] } },
      },
    ]);
  });

  it('lets the public function reach events, registrations, subscribers, campaigns, the archive, its outbox and rate-limit counters', () => {
    for (const key of [
      keys.event('e1').pk,
      keys.slug('journee-technique').pk,
      keys.subscriber('camille@exemple.fr').pk,
      keys.campaign('c1').pk,
      keys.archivePartition,
      keys.mailMessage('m1').pk,
      'LIMIT#inscription#ab12#29000000',
    ])
      expect(allows(PUBLIC_TABLE_KEY_PATTERNS, key), key).toBe(true);
    for (const key of [keys.eventsIndex, keys.topicsIndex, keys.mailedIndex('camille@exemple.fr')])
      expect(allows(PUBLIC_INDEX_KEY_PATTERNS, key), key).toBe(true);
  });

  it('keeps sessions, sign-in links, partners, kits, staff lists and mail claims out of the public function’s reach', () => {
    const forbidden = [
      keys.session('a'.repeat(64)).pk,
      keys.magicLink('b'.repeat(64)).pk,
      keys.organisation('o1').pk,
      keys.membership('camille@exemple.fr').pk,
      keys.kit('k1').pk,
      keys.kitSlug('charte').pk,
      keys.topic('webinaires').pk,
      keys.suppression('camille@exemple.fr').pk,
      keys.rateBucket('ses').pk,
      keys.mailClaim('m1').pk,
    ];
    for (const key of forbidden) expect(allows(PUBLIC_TABLE_KEY_PATTERNS, key), key).toBe(false);
    for (const prefix of ['SESSION#', 'MAGIC#', 'ORG#', 'MEMBER#', 'KIT#'])
      expect(PUBLIC_TABLE_KEY_PATTERNS.filter((pattern) => pattern.startsWith(prefix))).toEqual([]);
    for (const key of [
      keys.signInIndex('camille@exemple.fr'),
      keys.campaignsIndex,
      keys.organisationsIndex,
      keys.kitsIndex,
      keys.subscribersIndex('confirmed'),
      keys.suppressionsIndex,
      `EMAIL#camille@exemple.fr`,
    ])
      expect(allows(PUBLIC_INDEX_KEY_PATTERNS, key), key).toBe(false);
    // The public function has no other way to the table: every statement on it is conditioned.
    for (const statement of dynamoStatements(stack.api.handler)) expect(statement.Condition).toBeDefined();
  });

  it('grants the signing key to the functions whose code signs, and not to the campaign tick or the retention job', () => {
    const readsKey = (fn: Parameters<typeof roleOf>[0]) =>
      statementsOfRole<Statement>(template, roleOf(fn)).some(
        (statement) =>
          actionsOf(statement).includes('secretsmanager:GetSecretValue') &&
          JSON.stringify(statement.Resource) === JSON.stringify(secretArn),
      );
    const environmentOf = (fn: { function: { node: { defaultChild?: unknown } } }) =>
      (
        (template.toJSON().Resources as Resources)[
          stack.getLogicalId(fn.function.node.defaultChild as never)
        ]!.Properties.Environment as { Variables: Record<string, unknown> }
      ).Variables;

    // What each job's composition reads of the configuration: the signing key only where it builds a LinkSigner.
    for (const part of [REMINDERS_CONFIG, CAMPAIGN_WORKER_CONFIG, MAIL_WORKER_CONFIG])
      expect(part as readonly string[]).toContain('HUB_SIGNING_KEY');
    for (const part of [CAMPAIGN_TICK_CONFIG, RETENTION_CONFIG])
      expect(part as readonly string[]).not.toContain('HUB_SIGNING_KEY');

    for (const signer of [
      stack.api.handler,
      stack.api.staffHandler,
      stack.scheduling.reminders.handler,
      stack.campaigns.worker,
      stack.mailOutbox.worker,
    ]) {
      expect(readsKey(signer)).toBe(true);
      expect(environmentOf(signer)).toHaveProperty('HUB_SIGNING_KEY_SECRET_ARN');
    }
    for (const job of [
      stack.campaigns.tick.handler,
      stack.scheduling.retention.handler,
      stack.mail.handler,
    ]) {
      expect(readsKey(job)).toBe(false);
      expect(environmentOf(job)).not.toHaveProperty('HUB_SIGNING_KEY_SECRET_ARN');
    }
  });
});
