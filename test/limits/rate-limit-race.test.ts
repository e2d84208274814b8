import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoRateCounter } from '../../functions/limits/dynamo-rate-counter.js';
import { RateLimitService } from '../../functions/limits/rate-limit-service.js';
import { perMinute, SUBSCRIPTION_MAILS } from '../../functions/limits/rate-limit-rules.js';
import { ensureTable } from '../../functions/local/table-setup.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { newId } from '../../functions/shared/ids.js';
import { createDynamoClient } from '../../functions/store/dynamo-client.js';
import { partition, publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { createTestHub } from '../support/test-hub.js';

describe('the fixed-window counter in the table', () => {
  const tableName = `test-${newId()}`;
  const dynamo = createDynamoClient({ AWS_REGION: 'eu-west-3', DYNAMODB_ENDPOINT: inject('dynamoEndpoint') });
  const clock = new FixedClock(new Date('2026-12-07T12:00:45.200Z'));
  const limits = new RateLimitService(new DynamoRateCounter(dynamo, tableName), clock, true);

  beforeAll(async () => {
    await ensureTable(dynamo, tableName);
  });

  it('lets exactly the budget through when many requests race at the boundary', async () => {
    const rule = perMinute('race', 30);
    const verdicts = await Promise.all(Array.from({ length: 120 }, () => limits.take([rule], 'client')));

    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(30);
    expect(verdicts.filter((verdict) => !verdict.allowed)).toHaveLength(90);
  });

  it('says to come back at the end of the window, and starts afresh in the next one', async () => {
    const rule = perMinute('window', 1);
    await limits.take([rule], 'client');

    expect(await limits.take([rule], 'client')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    clock.advance(15_000);
    expect(await limits.take([rule], 'client')).toEqual({ allowed: true });
  });

  it('keeps the key only as a hash, in an item that expires with its window', async () => {
    const rule = perMinute('hash', 5);
    const moment = new FixedClock(new Date('2026-12-07T12:00:10Z'));
    await new RateLimitService(new DynamoRateCounter(dynamo, tableName), moment, true).take(
      [rule],
      'camille@exemple.fr',
    );

    const { Items: items = [] } = await dynamo.send(new ScanCommand({ TableName: tableName }));
    const counter = items.find((item) => String(item.pk).startsWith('LIMIT#hash#'));
    expect(counter).toBeDefined();
    expect(JSON.stringify(counter)).not.toContain('camille');
    expect(counter).toMatchObject({ sk: 'LIMIT', hits: 1, ttl: Date.parse('2026-12-07T12:01:00Z') / 1000 });
  });

  it('counts one address against every rule in turn: one subscription mail per ten minutes, three a day', async () => {
    const day = new FixedClock(new Date('2026-12-08T00:00:01Z'));
    const addressLimits = new RateLimitService(new DynamoRateCounter(dynamo, tableName), day, true);
    const allowedAt = [];
    for (let minute = 0; minute < 60; minute += 2) {
      if ((await addressLimits.take(SUBSCRIPTION_MAILS, 'abonne@exemple.fr')).allowed) allowedAt.push(minute);
      day.advance(2 * 60_000);
    }

    expect(allowedAt).toEqual([0, 10, 20]);
  });
});

describe('registrations racing at the limit of one client', () => {
  it('stores exactly as many as the budget allows, and refuses the rest with 429', async () => {
    const t = await createTestHub({ clock: new FixedClock(new Date()) }, { HUB_RATE_LIMIT_PER_MINUTE: '10' });
    const event = await publishedEvent(t, { capacity: 100 });
    const env = { requestContext: { http: { sourceIp: '198.51.100.99' } } };

    const statuses = await Promise.all(
      Array.from({ length: 40 }, () =>
        Promise.resolve(
          t.app.request(
            `/api/events/${event.slug}/registrations`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(registrationBody()),
            },
            env,
          ),
        ).then((response) => response.status),
      ),
    );

    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30);
    expect((await partition(t, event.id)).registrations).toHaveLength(10);
  });
});
