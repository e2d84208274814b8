import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { logger } from '../../functions/shared/logger.js';
import { createTestHub, TEST_STAFF_EMAIL, type TestHub } from '../support/test-hub.js';

/**
 * A test hub (by default a new one, on a fresh table), with process.env set the way the stacks configure the
 * functions, so that a handler module imported afterwards (its configuration is read at import, once per cold
 * start) uses its table. `env` adds variables of the hub's configuration that the handler must share.
 */
export async function lambdaEnvironment<T extends TestHub = TestHub>(
  hub?: T,
  env: Record<string, string> = {},
): Promise<T> {
  const t = hub ?? ((await createTestHub()) as T);
  Object.assign(process.env, {
    HUB_TABLE_NAME: t.config.HUB_TABLE_NAME,
    HUB_BASE_URL: 'https://hub.filiere-test.fr',
    HUB_STAFF_EMAILS: TEST_STAFF_EMAIL,
    HUB_SIGNING_KEY: t.config.HUB_SIGNING_KEY,
    HUB_MAIL_FROM: 'evenements@filiere-test.fr',
    AWS_REGION: 'eu-west-3',
    DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
    SES_ENDPOINT: inject('sesEndpoint'),
    ...env,
  });
  logger.setLogLevel('WARN');
  return t;
}

export const lambdaContext = (functionName: string) => ({
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
  functionName,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:eu-west-3:123456789012:function:${functionName}`,
  memoryLimitInMB: '1024',
  logGroupName: `/aws/lambda/${functionName}`,
  logStreamName: '2026/11/28/[$LATEST]0123456789abcdef',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10_000,
});

/** An API Gateway HTTP API (payload 2.0) request as Lambda receives it from the `$default` route. */
export function httpApiEvent(
  method: string,
  path: string,
  options: { query?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const domainName = 'a1b2c3d4e5.execute-api.eu-west-3.amazonaws.com';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: options.query ?? '',
    headers: {
      accept: 'application/json',
      host: domainName,
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)',
      'x-amzn-trace-id': 'Root=1-67891233-abcdef012345678912345678',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
      ...options.headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'a1b2c3d4e5',
      domainName,
      domainPrefix: 'a1b2c3d4e5',
      http: {
        method,
        path,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
      },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: '$default',
      stage: '$default',
      time: '28/Nov/2026:16:00:00 +0000',
      timeEpoch: 1_795_881_600_000,
    },
    isBase64Encoded: false,
    ...(options.body === undefined ? {} : { body: options.body }),
  };
}

/** What EventBridge Scheduler sends with the schedule's input (lib/constructs/scheduling-construct.ts). */
export function schedulerInvocation(now: Date) {
  return { scheduledTime: now.toISOString(), executionId: 'b2c0a1f4-3d5e-4f60-8a7b-9c0d1e2f3a4b' };
}

/**
 * An SES event-publishing record, as EventBridge delivers it (detail-type "Email Bounced" / "Email Complaint
 * Received"); field names as in the SES developer guide.
 */
export function sesEvent(
  detailType: 'Email Bounced' | 'Email Complaint Received' | 'Email Delivered',
  detail: Record<string, unknown>,
  recipients: string[],
) {
  return {
    version: '0',
    id: `9f4c1a2e-${Math.random().toString(16).slice(2, 6)}-4b9e-8d2f-1a2b3c4d5e6f`,
    'detail-type': detailType,
    source: 'aws.ses',
    account: '123456789012',
    time: '2026-11-28T16:00:01Z',
    region: 'eu-west-3',
    resources: ['arn:aws:ses:eu-west-3:123456789012:configuration-set/FiliereHubConfigurationSet'],
    detail: {
      ...detail,
      mail: {
        timestamp: '2026-11-28T16:00:00.000Z',
        source: 'Filière aimants & terres rares AURA <evenements@filiere-test.fr>',
        sourceArn: 'arn:aws:ses:eu-west-3:123456789012:identity/filiere-test.fr',
        sendingAccountId: '123456789012',
        messageId: '0107019ab1c2d3e4-5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c-000000',
        destination: recipients,
        headersTruncated: false,
        tags: { 'ses:configuration-set': ['FiliereHubConfigurationSet'], 'ses:source-ip': ['198.51.100.2'] },
      },
    },
  };
}

/**
 * An SQS batch as Lambda's event source mapping delivers it to the campaign worker (attribute names as in the
 * Lambda developer guide); `receiveCount` above 1 is a redelivery.
 */
export function sqsBatch(bodies: string[], receiveCount = 1) {
  const sentAt = Date.now() - 2_000;
  return {
    Records: bodies.map((body, index) => ({
      messageId: `059f36b4-87a3-44ab-83d2-66${String(index).padStart(10, '0')}`,
      receiptHandle: `AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a${index}...`,
      body,
      attributes: {
        ApproximateReceiveCount: String(receiveCount),
        SentTimestamp: String(sentAt),
        SenderId: 'AROAIWPX5BD2BHG722MW4:FiliereHubApp-StaffApi',
        ApproximateFirstReceiveTimestamp: String(sentAt + 10),
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(body).digest('hex'),
      eventSource: 'aws:sqs' as const,
      eventSourceARN: 'arn:aws:sqs:eu-west-3:123456789012:FiliereHubApp-CampaignsQueue',
      awsRegion: 'eu-west-3',
    })),
  };
}
