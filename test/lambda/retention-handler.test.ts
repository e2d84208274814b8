import type { handler as RetentionHandler } from '../../functions/lambda/retention.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail, type TestHub } from '../support/test-hub.js';
import { lambdaContext, lambdaEnvironment, schedulerInvocation } from './lambda-events.js';

type Handler = typeof RetentionHandler;
const DAY = 86_400_000;

describe('the retention Lambda handler', () => {
  let t: TestHub;
  let handler: Handler;

  beforeAll(async () => {
    t = await lambdaEnvironment();
    ({ handler } = await import('../../functions/lambda/retention.js'));
  });

  it('purges an unconfirmed request past its expiry when the daily schedule fires, and only that', async () => {
    const now = new Date();
    const expired = uniqueEmail('expiree');
    const pending = uniqueEmail('en-attente');
    for (const [email, expiresAt] of [
      [expired, new Date(now.getTime() - DAY)],
      [pending, new Date(now.getTime() + DAY)],
    ] as const) {
      await t.hub.subscriberStore.recordRequest(
        {
          email,
          nonce: 'n',
          topics: [],
          tracking: false,
          consent: { at: now.toISOString(), source: 'newsletter-api', textVersion: 'v1' },
          expiresAt,
        },
        new Date(now.getTime() - 8 * DAY),
      );
    }

    const run = await handler(schedulerInvocation(now), lambdaContext('FiliereHubApp-Retention'));

    expect(run).toMatchObject({ expiredRequests: 1 });
    expect((await t.hub.personData.find(expired)).subscriber).toBeUndefined();
    expect((await t.hub.personData.find(pending)).subscriber).toMatchObject({ status: 'pending' });
  });
});
