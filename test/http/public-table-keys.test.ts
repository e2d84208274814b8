import { beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { buildPublicHub, type PublicHub } from '../../functions/composition/public-hub.js';
import { createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import { DynamoMailOutbox } from '../../functions/outbox/dynamo-mail-outbox.js';
import { createDynamoClient } from '../../functions/store/dynamo-client.js';
import { PUBLIC_INDEX_KEY_PATTERNS, PUBLIC_TABLE_KEY_PATTERNS } from '../../functions/contract/table.js';
import { storedCampaign } from '../rgpd/rgpd-fixtures.js';
import { cancellationToken, publishedEvent } from '../registrations/fixtures.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';

type Input = Record<string, unknown>;

/** A key attribute's value, whether the request holds it native or marshalled ({ S: … }). */
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof (value as { S?: unknown } | undefined)?.S === 'string'
      ? (value as { S: string }).S
      : undefined;

/**
 * The partition key values a request names, as `dynamodb:LeadingKeys` sees them: the table's `pk` of each item
 * it reads or writes (transactions and batches item by item), or, for a query, the partition key value of the
 * table or of the index it queries.
 */
function leadingKeysOf(input: Input): { table: string[]; index: string[] } {
  const keys = { table: [] as string[], index: [] as string[] };
  const itemKey = (holder: unknown) => {
    const { Key, Item } = (holder ?? {}) as { Key?: Input; Item?: Input };
    const pk = textOf((Key ?? Item)?.pk);
    if (pk !== undefined) keys.table.push(pk);
  };
  if (typeof input.KeyConditionExpression === 'string') {
    const placeholder = /=\s*(:\w+)/.exec(input.KeyConditionExpression)?.[1];
    const value = textOf((input.ExpressionAttributeValues as Input)[placeholder!]);
    (input.IndexName ? keys.index : keys.table).push(value ?? '?');
  }
  itemKey(input);
  for (const entry of (input.TransactItems as Input[] | undefined) ?? [])
    for (const operation of Object.values(entry)) itemKey(operation);
  for (const request of Object.values((input.RequestItems as Record<string, { Keys?: Input[] }>) ?? {}))
    for (const key of request.Keys ?? []) itemKey({ Key: key });
  return keys;
}

const matches = (patterns: readonly string[]) => (value: string) =>
  patterns.some((pattern) =>
    pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern,
  );

/**
 * Finding 14 of #14: the public function's IAM policy allows only some partition keys (lib/grants.ts). What its
 * stores and services read and write, driven through each public use case, must stay within that list.
 */
describe('the partition keys the public function uses', () => {
  let t: TestHub;
  let hub: PublicHub;
  let dynamo: DynamoDBDocumentClient;
  const used = { table: new Set<string>(), index: new Set<string>() };

  beforeAll(async () => {
    t = await createTestHub();
    await t.hub.newsletter.seedTopics();
    dynamo = createDynamoClient(t.config);
    dynamo.middlewareStack.add(
      (next) => async (args) => {
        const { table, index } = leadingKeysOf(args.input as Input);
        for (const key of table) used.table.add(key);
        for (const key of index) used.index.add(key);
        return next(args);
      },
      { step: 'initialize', name: 'recordLeadingKeys' },
    );
    hub = buildPublicHub(
      t.config,
      { dynamo },
      {
        clock: t.hub.clock,
        signer: t.hub.signer,
        ...createMailOutbox(new DynamoMailOutbox(dynamo, t.config.HUB_TABLE_NAME)),
      },
    );
  });

  it('drives every public use case through the recording client', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const person = (email: string) => ({
      firstName: 'Camille',
      lastName: 'Durand',
      email,
      consent: true as const,
    });
    await hub.events.listUpcoming();
    await hub.events.getPublicBySlug(event.slug);
    const first = await hub.registrations.register(event.slug, {
      ...person(uniqueEmail('a')),
      newsletter: true,
    });
    const second = await hub.registrations.register(event.slug, {
      ...person(uniqueEmail('b')),
      newsletter: false,
    });
    if (first.outcome !== 'created' || second.outcome !== 'created') throw new Error('not registered');
    await hub.registrations.waitlistRank(second.registration);
    await hub.registrations.cancelByToken(cancellationToken(t, first.registration));

    const reader = uniqueEmail('lecteur');
    const campaignId = await storedCampaign(t, 'Lettre de mai');
    const campaign = (await t.hub.campaignStore.get(campaignId))!;
    const now = t.hub.clock.now();
    await t.hub.campaignStore.claimSend(campaignId, reader, now, 60_000);
    await t.hub.campaignStore.completeSend(campaignId, reader, 'message-1', now);
    await t.hub.campaignStore.transition(campaignId, ['sent'], 'sent', { sentAt: campaign.createdAt }, now);

    await hub.newsletter.listTopics();
    await hub.newsletter.subscribe({ email: reader, topics: ['webinaires'], source: 'newsletter-api' });
    const preferences = hub.newsletterLinks.preferencesToken(reader);
    await hub.newsletter.preferences(preferences).catch(() => undefined);
    await hub.newsletter.unsubscribe(preferences);
    const tracked = t.hub.campaignTracking.forRecipient(campaignId, reader);
    await hub.campaignTrackingService.open(tracked.open.split('/').pop()!, true);
    await hub.campaignTrackingService.click(tracked.click(0).split('/').pop()!, true);
    await hub.archive.list();
    await hub.archive.webVersion(campaignId).catch(() => undefined);
    await hub.archive.feed();

    expect(used.table.size).toBeGreaterThan(0);
    expect(used.index.size).toBeGreaterThan(0);
  });

  it('stays within the prefixes its IAM policy allows, on the table and on the index', () => {
    expect([...used.table].filter((key) => !matches(PUBLIC_TABLE_KEY_PATTERNS)(key))).toEqual([]);
    expect([...used.index].filter((key) => !matches(PUBLIC_INDEX_KEY_PATTERNS)(key))).toEqual([]);
  });
});
