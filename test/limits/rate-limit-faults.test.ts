import { afterAll, describe, expect, it, vi } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createPublicApp } from '../../functions/composition/public-app.js';
import { buildPublicHub } from '../../functions/composition/public-hub.js';
import { DynamoRateCounter } from '../../functions/limits/dynamo-rate-counter.js';
import { RateLimitService } from '../../functions/limits/rate-limit-service.js';
import { perMinute } from '../../functions/limits/rate-limit-rules.js';
import { createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { logger } from '../../functions/shared/logger.js';
import { LinkSigner } from '../../functions/shared/signed-links.js';
import { localCredentials } from '../../functions/store/dynamo-client.js';
import { partition, publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { createTestHub } from '../support/test-hub.js';

/**
 * The counter's UpdateItem failing (throttled, or DynamoDB unreachable for a moment): the limits fail open.
 * A limit that cannot be counted lets the request through and says so in the logs, rather than closing
 * registrations and subscriptions whenever the counter's write fails; the request itself then meets the same
 * table, and its own errors, as it always has.
 */
describe('a rate-limit counter that cannot be written', () => {
  const failing = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: 'eu-west-3', credentials: localCredentials }),
  );
  const mock = mockClient(failing);
  afterAll(() => mock.restore());
  const throttled = new ProvisionedThroughputExceededException({
    message: 'Débit dépassé',
    $metadata: { httpStatusCode: 400 },
  });

  it('lets the request through and logs a warning', async () => {
    mock.on(UpdateCommand).rejects(throttled);
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const limits = new RateLimitService(
      new DynamoRateCounter(failing, 'table'),
      new FixedClock(new Date()),
      true,
    );

    const verdicts = await Promise.all(
      Array.from({ length: 5 }, () => limits.take([perMinute('x', 1)], 'k')),
    );

    expect(verdicts).toEqual(Array(5).fill({ allowed: true }));
    expect(warn).toHaveBeenCalledWith('rate limit not counted, request let through', {
      error: throttled,
      scope: 'x',
    });
    warn.mockRestore();
  });

  it('keeps registrations open: past the budget every registration is still taken', async () => {
    mock.on(UpdateCommand).rejects(throttled);
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const t = await createTestHub({}, { HUB_RATE_LIMIT_PER_MINUTE: '2' });
    const services = buildPublicHub(t.config, t.clients, {
      clock: t.hub.clock,
      signer: new LinkSigner(t.config.HUB_SIGNING_KEY),
      ...createMailOutbox(t.hub.mailQueue),
    });
    const app = createPublicApp({
      ...services,
      rateLimits: new RateLimitService(
        new DynamoRateCounter(failing, t.config.HUB_TABLE_NAME),
        t.hub.clock,
        true,
      ),
    });
    const event = await publishedEvent(t);

    const statuses = [];
    for (let n = 0; n < 5; n++)
      statuses.push(
        (
          await app.request(`/api/events/${event.slug}/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(registrationBody()),
          })
        ).status,
      );

    expect(statuses).toEqual(Array(5).fill(201));
    expect((await partition(t, event.id)).registrations).toHaveLength(5);
    expect(warn).toHaveBeenCalledTimes(5);
    warn.mockRestore();
  });
});
