import { describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import { HUB_ITEM_ACTIONS } from '../../lib/grants.js';
import { API_TIMEOUT } from '../../lib/constructs/api-construct.js';
import { campaignWorkerConcurrency } from '../../lib/constructs/campaigns-construct.js';
import { MAIL_CLAIM_LEASE_MS } from '../../functions/contract/queues.js';
import { STREAM_CONSUME_ACTIONS } from '../../lib/grants.js';
import { statementsOfRole, synthesiseHub, TEST_PARAMETERS } from './hub-stacks.js';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } } | object): string {
  return stack.getLogicalId((construct as { node: { defaultChild: never } }).node.defaultChild);
}

describe('the app stack', () => {
  const hub = synthesiseHub();
  const { appTemplate: template, app: stack } = hub;
  const resources = template.toJSON().Resources as Resources;
  const ofType = (type: string) => Object.entries(resources).filter(([, resource]) => resource.Type === type);
  const resolve = (value: unknown) => stack.resolve(value);
  const environmentOf = (fn: { node: { defaultChild?: unknown } }) =>
    (resources[logicalId(stack, fn)]!.Properties.Environment as { Variables: Record<string, unknown> })
      .Variables;

  it('runs every function on the newest Node.js runtime, ARM64, with its own log group kept one month', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions).toHaveLength(8);
    for (const [, fn] of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(resources[logGroupId]?.Properties.RetentionInDays).toBe(30);
    }
    template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 9);
  });

  it('has no NAT gateway, no VPC, no provisioned concurrency', () => {
    expect(ofType('AWS::EC2::NatGateway')).toEqual([]);
    expect(ofType('AWS::EC2::VPC')).toEqual([]);
    expect(JSON.stringify(resources)).not.toMatch(/ProvisionedConcurren|ReservedConcurrentExecutions/);
  });

  const sending = [
    resolve(
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: TEST_PARAMETERS.senderDomain }),
    ),
    resolve(
      stack.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: hub.data.configurationSet.configurationSetName,
      }),
    ),
  ];
  const tableArn = resolve(hub.data.table.tableArn);
  const arnOf = (queue: { node: { defaultChild?: unknown } }) => ({
    'Fn::GetAtt': [logicalId(stack, queue), 'Arn'],
  });
  const statements = (fn: { role: object; logGroup: object }, grants: unknown[]) => {
    expect(statementsOfRole(template, logicalId(stack, fn.role))).toEqual([
      {
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logicalId(stack, fn.logGroup), 'Arn'] },
      },
      ...grants,
    ]);
  };
  const hubTable = [
    { Action: HUB_ITEM_ACTIONS, Effect: 'Allow', Resource: tableArn },
    { Action: 'dynamodb:Query', Effect: 'Allow', Resource: { 'Fn::Join': ['', [tableArn, '/index/gsi1']] } },
  ];
  const sendMail = { Action: 'ses:SendRawEmail', Effect: 'Allow', Resource: sending };
  const signingKey = {
    Action: 'secretsmanager:GetSecretValue',
    Effect: 'Allow',
    Resource: resolve(hub.data.signingKey.secretArn),
  };
  const enqueue = { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: arnOf(stack.campaigns.queue) };
  const consume = (queue: { node: { defaultChild?: unknown } }) => ({
    Action: [
      'sqs:ReceiveMessage',
      'sqs:ChangeMessageVisibility',
      'sqs:GetQueueUrl',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
    ],
    Effect: 'Allow',
    Resource: arnOf(queue),
  });
  // The on-failure destination of an asynchronous invocation: Lambda sends the record with the function's role.
  const onFailureTo = (queue: { node: { defaultChild?: unknown } }) => ({
    Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
    Effect: 'Allow',
    Resource: arnOf(queue),
  });

  it('gives the public API its log group, the table items (its mails are outbox items: it sends none, and has no queue) and the signing key; the staff API also mail via the identity and configuration set, the campaign queue and the kit objects', () => {
    const kitsBucketArn = { 'Fn::ImportValue': 'FiliereHubData-KitsBucketArn' };
    const kitObjects = [
      {
        Action: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:DeleteObject'],
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [kitsBucketArn, '/kits/*']] },
      },
      { Action: 's3:ListBucket', Effect: 'Allow', Resource: kitsBucketArn },
    ];
    const replayObjects = { 'Fn::Join': ['', [kitsBucketArn, '/replays/*']] };
    // The public API's table statements carry dynamodb:LeadingKeys (test/cdk/least-privilege.test.ts).
    statements(stack.api.handler, [
      { ...hubTable[0], Condition: expect.any(Object) },
      { ...hubTable[1], Condition: expect.any(Object) },
      signingKey,
      // Registrants' replay files, presigned by the public function itself: read only.
      { Action: 's3:GetObject', Effect: 'Allow', Resource: replayObjects },
    ]);
    statements(stack.api.staffHandler, [
      ...hubTable,
      sendMail,
      signingKey,
      enqueue,
      ...kitObjects,
      { ...kitObjects[0], Resource: replayObjects },
    ]);
  });

  it('lets the reminder job use the table (its mails are outbox items) and read the signing key, and send no mail itself', () => {
    const { reminders } = stack.scheduling;
    statements(reminders.handler, [onFailureTo(reminders.deadLetters), ...hubTable, signingKey]);
  });

  it('lets the mail worker read the table stream, park failed batches in its DLQ, use the table (its claims) and send mail, and queue nothing', () => {
    const { worker, deadLetters } = stack.mailOutbox;
    statements(worker, [
      { Action: STREAM_CONSUME_ACTIONS, Effect: 'Allow', Resource: resolve(hub.data.table.tableStreamArn) },
      onFailureTo(deadLetters),
      ...hubTable,
      sendMail,
      signingKey,
    ]);
  });

  it('lets the retention job query, update and delete table items (by 25 too), and send no mail nor read the signing key', () => {
    const { retention } = stack.scheduling;
    statements(retention.handler, [
      onFailureTo(retention.deadLetters),
      {
        Action: ['dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
        Effect: 'Allow',
        Resource: tableArn,
      },
      {
        Action: 'dynamodb:Query',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [tableArn, '/index/gsi1']] },
      },
    ]);
  });

  it('runs the retention job every night at 3:30 Paris time, retried, its failures parked in a DLQ', () => {
    const { retention } = stack.scheduling;
    const functionArn = { 'Fn::GetAtt': [logicalId(stack, retention.handler.function), 'Arn'] };
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(30 3 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      State: 'ENABLED',
      Target: {
        Arn: functionArn,
        RoleArn: { 'Fn::GetAtt': [logicalId(stack, retention.schedulerRole), 'Arn'] },
        DeadLetterConfig: { Arn: arnOf(retention.deadLetters) },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21600 },
        Input: Match.stringLikeRegexp('<aws.scheduler.execution-id>'),
      },
    });
    expect(statementsOfRole(template, logicalId(stack, retention.schedulerRole))).toEqual([
      { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: functionArn },
      { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: arnOf(retention.deadLetters) },
    ]);
  });

  it('lets the campaign worker consume its queue, enqueue pages of recipients, use the table and send mail', () => {
    const { worker, queue } = stack.campaigns;
    statements(worker, [consume(queue), ...hubTable, sendMail, signingKey, enqueue]);
  });

  it('lets the campaign tick use the table and enqueue fan-out orders, and send no mail nor read the signing key', () => {
    const { tick } = stack.campaigns;
    statements(tick.handler, [onFailureTo(tick.deadLetters), ...hubTable, enqueue]);
  });

  it('tells only the API functions where the kits bucket is', () => {
    const bucketName = resolve(stack.kitsBucket.bucketName);
    for (const api of [stack.api.handler, stack.api.staffHandler])
      expect(environmentOf(api.function).HUB_KITS_BUCKET).toEqual(bucketName);
    for (const worker of [
      stack.scheduling.reminders.handler,
      stack.scheduling.retention.handler,
      stack.mail.handler,
      stack.campaigns.worker,
      stack.campaigns.tick.handler,
      stack.mailOutbox.worker,
    ])
      expect(environmentOf(worker.function)).not.toHaveProperty('HUB_KITS_BUCKET');
  });

  it('tells the functions that queue mail, and only them, to queue it in the table', () => {
    for (const fn of [stack.api.handler, stack.api.staffHandler, stack.scheduling.reminders.handler])
      expect(environmentOf(fn.function).HUB_MAIL_OUTBOX).toBe('table');
    for (const fn of [
      stack.scheduling.retention.handler,
      stack.mail.handler,
      stack.campaigns.worker,
      stack.campaigns.tick.handler,
      stack.mailOutbox.worker,
    ])
      expect(environmentOf(fn.function)).not.toHaveProperty('HUB_MAIL_OUTBOX');
    expect(JSON.stringify(resources)).not.toContain('HUB_MAIL_QUEUE_URL');
    expect(environmentOf(stack.mailOutbox.worker.function)).toMatchObject({
      HUB_TABLE_NAME: resolve(hub.data.table.tableName),
      HUB_SES_CONFIGURATION_SET: resolve(hub.data.configurationSet.configurationSetName),
      HUB_SIGNING_KEY_SECRET_ARN: resolve(hub.data.signingKey.secretArn),
      HUB_BASE_URL: resolve(stack.api.baseUrl),
    });
  });

  it('gives every function that reads the signing key, and only those, the Parameters and Secrets extension', () => {
    const functions = Object.values(resources).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function',
    );
    const readers = functions.filter(
      (fn) =>
        (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables
          ?.HUB_SIGNING_KEY_SECRET_ARN !== undefined,
    );
    expect(readers.length).toBeGreaterThanOrEqual(5);
    for (const reader of readers) {
      const layers = JSON.stringify(reader.Properties.Layers);
      expect(layers).toMatch(/AWS-Parameters-and-Secrets-Lambda-Extension-Arm64/);
      expect(reader.Properties.Environment).toMatchObject({
        Variables: { PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '2773' },
      });
    }
    for (const other of functions.filter((fn) => !readers.includes(fn)))
      expect(JSON.stringify(other.Properties.Layers ?? [])).not.toMatch(/Parameters-and-Secrets/);
  });

  it('gives the API 29 s, under the HTTP API 30 s integration limit, to build a version ZIP', () => {
    expect(API_TIMEOUT.toSeconds()).toBe(29);
    for (const api of [stack.api.handler, stack.api.staffHandler])
      expect(resources[logicalId(stack, api.function)]!.Properties).toMatchObject({
        Timeout: 29,
        MemorySize: 1024,
      });
  });

  it('runs the staff API with the configuration of the public API, plus the campaign queue and SES rate', () => {
    const propertiesOf = (fn: { node: { defaultChild?: unknown } }) => {
      const { Environment, MemorySize, Timeout } = resources[logicalId(stack, fn)]!.Properties;
      return { Environment, MemorySize, Timeout };
    };
    const publicApi = propertiesOf(stack.api.handler.function);
    const staffApi = propertiesOf(stack.api.staffHandler.function);
    expect(staffApi).toEqual({
      ...publicApi,
      Environment: {
        Variables: {
          ...(publicApi.Environment as { Variables: object }).Variables,
          HUB_CAMPAIGN_QUEUE_URL: { Ref: logicalId(stack, stack.campaigns.queue) },
          HUB_SES_MAX_RATE: '14',
        },
      },
    });
  });

  it('lets the SES events function update suppression and campaign items, read a campaign, and mail staff', () => {
    statements(stack.mail.handler, [
      onFailureTo(stack.mail.deadLetters),
      {
        Action: ['dynamodb:UpdateItem', 'dynamodb:GetItem', 'dynamodb:BatchGetItem'],
        Effect: 'Allow',
        Resource: tableArn,
      },
      sendMail,
    ]);
  });

  it('uses no managed policy and no wildcard resource anywhere but the kits and replays key prefixes', () => {
    expect(JSON.stringify(resources)).not.toContain('ManagedPolicyArns');
    for (const [, policy] of ofType('AWS::IAM::Policy')) {
      // Wildcards of resources and actions; the public function's dynamodb:LeadingKeys patterns are conditions.
      const document = JSON.stringify(policy.Properties.PolicyDocument, (name, value: unknown) =>
        name === 'Condition' ? undefined : value,
      );
      expect(document).not.toMatch(/"\*"|:\*"/);
      expect(document.replaceAll('"/kits/*"', '').replaceAll('"/replays/*"', '')).not.toContain('*');
    }
  });

  it('routes the public paths, method by method, to the public function and every other request to the full app (payload 2.0), with access logs and throttling', () => {
    const integrationOf = (fn: { node: { defaultChild?: unknown } }) => {
      const functionArn = { 'Fn::GetAtt': [logicalId(stack, fn), 'Arn'] };
      const found = ofType('AWS::ApiGatewayV2::Integration').filter(
        ([, integration]) =>
          JSON.stringify(integration.Properties.IntegrationUri) === JSON.stringify(functionArn),
      );
      expect(found).toHaveLength(1);
      expect(found[0]![1].Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
      });
      return found[0]![0];
    };
    const publicIntegration = integrationOf(stack.api.handler.function);
    const staffIntegration = integrationOf(stack.api.staffHandler.function);
    const routes = Object.fromEntries(
      ofType('AWS::ApiGatewayV2::Route').map(([, route]) => {
        expect(route.Properties.AuthorizationType).toBe('NONE');
        const target = route.Properties.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
        return [route.Properties.RouteKey, target['Fn::Join'][1][1].Ref];
      }),
    );
    expect(routes).toEqual({
      $default: staffIntegration,
      'GET /': publicIntegration,
      'GET /health': publicIntegration,
      'GET /evenements': publicIntegration,
      'GET /evenements/{slug}': publicIntegration,
      'GET /evenements/{slug}/replay': publicIntegration,
      'GET /evenements/{slug}/replay/{replayId}/video': publicIntegration,
      'GET /evenements/{slug}/replay/{replayId}/captions': publicIntegration,
      'GET /evenements/{slug}/replay/{replayId}/slides/{fileId}': publicIntegration,
      'GET /accessibilite': publicIntegration,
      'GET /mentions-legales': publicIntegration,
      'GET /donnees-personnelles': publicIntegration,
      'GET /api/events': publicIntegration,
      'GET /api/events/{slug}': publicIntegration,
      'GET /api/events/{slug}/programme': publicIntegration,
      'POST /api/events/{slug}/registrations': publicIntegration,
      // Routes of their own so that the stage throttles them (test/cdk/route-throttles.test.ts).
      'POST /api/auth/magic-link': staffIntegration,
      'POST /connexion': staffIntegration,
      'POST /en/sign-in': staffIntegration,
      'POST /api/registrations/cancel': publicIntegration,
      'GET /inscriptions/annuler': publicIntegration,
      'POST /inscriptions/annuler': publicIntegration,
      'GET /newsletter': publicIntegration,
      'POST /api/newsletter/subscriptions': publicIntegration,
      'POST /api/newsletter/confirm': publicIntegration,
      'GET /api/newsletter/topics': publicIntegration,
      'GET /newsletter/confirm': publicIntegration,
      'POST /newsletter/confirm': publicIntegration,
      'GET /newsletter/unsubscribe': publicIntegration,
      'POST /newsletter/unsubscribe': publicIntegration,
      'GET /newsletter/preferences': publicIntegration,
      'POST /newsletter/preferences': publicIntegration,
      'GET /newsletter/c/{token}': publicIntegration,
      'GET /newsletter/o/{token}': publicIntegration,
      'GET /newsletter/archives': publicIntegration,
      'GET /newsletter/archives/{id}': publicIntegration,
      'POST /api/attendance/signatures': publicIntegration,
      'GET /emargement': publicIntegration,
      'POST /emargement': publicIntegration,
      'GET /emargement/signature.js': publicIntegration,
      // The same pages in English, served by the public function through their French routes.
      'GET /en': publicIntegration,
      'GET /en/events': publicIntegration,
      'GET /en/events/{slug}': publicIntegration,
      'GET /en/accessibility': publicIntegration,
      'GET /en/legal-notice': publicIntegration,
      'GET /en/personal-data': publicIntegration,
      'GET /en/registrations/cancel': publicIntegration,
      'POST /en/registrations/cancel': publicIntegration,
      'GET /en/newsletter': publicIntegration,
      'GET /en/newsletter/confirm': publicIntegration,
      'POST /en/newsletter/confirm': publicIntegration,
      'GET /en/newsletter/unsubscribe': publicIntegration,
      'POST /en/newsletter/unsubscribe': publicIntegration,
      'GET /en/newsletter/preferences': publicIntegration,
      'POST /en/newsletter/preferences': publicIntegration,
      'GET /en/newsletter/archives': publicIntegration,
      'GET /en/newsletter/archives/{id}': publicIntegration,
      'GET /en/attendance': publicIntegration,
      'POST /en/attendance': publicIntegration,
      'GET /robots.txt': publicIntegration,
      'GET /sitemap.xml': publicIntegration,
      'GET /favicon.ico': publicIntegration,
      'GET /icon.svg': publicIntegration,
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    template.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
  });

  it('gives every queue a dead-letter queue or a role as one, server-side encryption, and a policy refusing non-TLS access', () => {
    const queues = ofType('AWS::SQS::Queue');
    // Dead letters of the reminders, the retention job, the SES feedback, the campaign tick, the campaign
    // queue and the mail stream; the campaign queue.
    expect(queues).toHaveLength(7);
    const text = JSON.stringify(resources);
    const redriveTargets = queues.flatMap(([, queue]) => {
      const policy = queue.Properties.RedrivePolicy as { deadLetterTargetArn: unknown } | undefined;
      return policy ? [JSON.stringify(policy.deadLetterTargetArn)] : [];
    });
    for (const [id, queue] of queues) {
      const arn = JSON.stringify({ 'Fn::GetAtt': [id, 'Arn'] });
      const deadLettersOfAsyncPath =
        text.includes(`"DeadLetterConfig":{"Arn":${arn}}`) &&
        text.includes(`"OnFailure":{"Destination":${arn}}`);
      const deadLettersOfQueue = redriveTargets.includes(arn);
      const deadLettersOfStream = ofType('AWS::Lambda::EventSourceMapping').some(
        ([, mapping]) =>
          JSON.stringify(mapping.Properties.DestinationConfig) ===
          JSON.stringify({ OnFailure: { Destination: { 'Fn::GetAtt': [id, 'Arn'] } } }),
      );
      expect(
        deadLettersOfAsyncPath ||
          deadLettersOfQueue ||
          deadLettersOfStream ||
          'RedrivePolicy' in queue.Properties,
        id,
      ).toBe(true);
      expect(queue.Properties.SqsManagedSseEnabled, id).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 'sqs:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });

  it('feeds the campaign worker from its queue by batches of at most 10 with partial batch failures, a visibility timeout of six worker timeouts, and a DLQ after 5 receives', () => {
    const queueId = logicalId(stack, stack.campaigns.queue);
    const workerId = logicalId(stack, stack.campaigns.worker.function);
    const mappings = ofType('AWS::Lambda::EventSourceMapping')
      .map(([, mapping]) => mapping.Properties)
      .filter((mapping) => JSON.stringify(mapping.FunctionName) === JSON.stringify({ Ref: workerId }));
    expect(mappings).toEqual([
      {
        EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
        FunctionName: { Ref: workerId },
        BatchSize: 5,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        // Two workers share the 14 mails/s of the token bucket.
        ScalingConfig: { MaximumConcurrency: 2 },
      },
    ]);
    const workerTimeout = resources[workerId]!.Properties.Timeout as number;
    const queue = resources[queueId]!.Properties;
    expect(workerTimeout).toBe(120);
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * workerTimeout);
    // Longer than the worker's send lease (2 min): a redelivered message finds a dead worker's claims expired.
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(180);
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: arnOf(stack.campaigns.deadLetters),
      maxReceiveCount: 5,
    });
  });

  it('feeds the mail worker from the table stream, outbox insertions only, by batches of 10 with partial batch failures, bisection and 10 retries, then parks the batch pointers in its DLQ', () => {
    const workerId = logicalId(stack, stack.mailOutbox.worker.function);
    const streamArn = resolve(hub.data.table.tableStreamArn);
    const mappings = ofType('AWS::Lambda::EventSourceMapping')
      .map(([, mapping]) => mapping.Properties)
      .filter((mapping) => JSON.stringify(mapping.FunctionName) === JSON.stringify({ Ref: workerId }));
    expect(mappings).toEqual([
      {
        EventSourceArn: streamArn,
        FunctionName: { Ref: workerId },
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 10,
        DestinationConfig: { OnFailure: { Destination: arnOf(stack.mailOutbox.deadLetters) } },
        FilterCriteria: {
          Filters: [
            {
              Pattern: JSON.stringify({
                eventName: ['INSERT'],
                dynamodb: { Keys: { pk: { S: [{ prefix: 'OUTBOX#' }] } } },
              }),
            },
          ],
        },
      },
    ]);
    // No other function reads the stream.
    expect(
      ofType('AWS::Lambda::EventSourceMapping').filter(
        ([, mapping]) => JSON.stringify(mapping.Properties.EventSourceArn) === JSON.stringify(streamArn),
      ),
    ).toHaveLength(1);
    // A live worker's claim is never taken over: the lease outlasts the worker's timeout.
    expect(MAIL_CLAIM_LEASE_MS).toBeGreaterThan((resources[workerId]!.Properties.Timeout as number) * 1000);
  });

  it('scales the campaign workers with the SES quota, two at least', () => {
    expect([1, 14, 40, 41, 100, 1e6].map(campaignWorkerConcurrency)).toEqual([2, 2, 2, 3, 5, 1000]);
  });

  it('tells the staff API, the worker and the tick where the campaign queue is and the SES rate, the mail worker the SES rate, and the public API and the SES events function neither (nor the latter the signing key)', () => {
    const queueUrl = { Ref: logicalId(stack, stack.campaigns.queue) };
    for (const fn of [
      stack.api.staffHandler.function,
      stack.campaigns.worker.function,
      stack.campaigns.tick.handler.function,
    ])
      expect(environmentOf(fn)).toMatchObject({ HUB_CAMPAIGN_QUEUE_URL: queueUrl, HUB_SES_MAX_RATE: '14' });
    for (const absent of ['HUB_CAMPAIGN_QUEUE_URL', 'HUB_SES_MAX_RATE'])
      expect(environmentOf(stack.api.handler.function)).not.toHaveProperty(absent);
    // The transactional-mail worker shares the SES quota, and enqueues no campaign.
    expect(environmentOf(stack.mailOutbox.worker.function)).toMatchObject({ HUB_SES_MAX_RATE: '14' });
    expect(environmentOf(stack.mailOutbox.worker.function)).not.toHaveProperty('HUB_CAMPAIGN_QUEUE_URL');
    const feedback = environmentOf(stack.mail.handler.function);
    expect(feedback).toMatchObject({
      HUB_TABLE_NAME: resolve(hub.data.table.tableName),
      HUB_STAFF_EMAILS: TEST_PARAMETERS.staffEmails.join(','),
      HUB_MAIL_FROM: TEST_PARAMETERS.senderAddress,
      HUB_SES_CONFIGURATION_SET: resolve(hub.data.configurationSet.configurationSetName),
      HUB_BASE_URL: resolve(stack.api.baseUrl),
    });
    for (const absent of ['HUB_CAMPAIGN_QUEUE_URL', 'HUB_SIGNING_KEY_SECRET_ARN'])
      expect(feedback).not.toHaveProperty(absent);
  });

  it('runs the campaign tick every minute, its failures parked in a DLQ, with a role that may invoke the tick only', () => {
    const { tick } = stack.campaigns;
    const functionArn = { 'Fn::GetAtt': [logicalId(stack, tick.handler.function), 'Arn'] };
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Target: {
        Arn: functionArn,
        RoleArn: { 'Fn::GetAtt': [logicalId(stack, tick.schedulerRole), 'Arn'] },
        DeadLetterConfig: { Arn: arnOf(tick.deadLetters) },
        RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 60 },
      },
    });
    expect(statementsOfRole(template, logicalId(stack, tick.schedulerRole))).toEqual([
      { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: functionArn },
      { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: arnOf(tick.deadLetters) },
    ]);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalId(stack, tick.handler.function) },
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: arnOf(tick.deadLetters) } },
    });
  });

  it('runs the reminder job every 5 minutes, with retries, a DLQ, and a role that may invoke that function only', () => {
    const functionArn = {
      'Fn::GetAtt': [logicalId(stack, stack.scheduling.reminders.handler.function), 'Arn'],
    };
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Target: {
        Arn: functionArn,
        DeadLetterConfig: {
          Arn: { 'Fn::GetAtt': [logicalId(stack, stack.scheduling.reminders.deadLetters), 'Arn'] },
        },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 300 },
        Input: Match.stringLikeRegexp('<aws.scheduler.scheduled-time>'),
      },
    });
    expect(statementsOfRole(template, logicalId(stack, stack.scheduling.reminders.schedulerRole))).toEqual([
      { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: functionArn },
      {
        Action: 'sqs:SendMessage',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logicalId(stack, stack.scheduling.reminders.deadLetters), 'Arn'] },
      },
    ]);
  });

  it('feeds SES bounces, complaints and deliveries of its configuration set to the SES events function', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.ses'],
        'detail-type': ['Email Bounced', 'Email Complaint Received', 'Email Delivered'],
        detail: {
          mail: {
            tags: { 'ses:configuration-set': [resolve(hub.data.configurationSet.configurationSetName)] },
          },
        },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId(stack, stack.mail.handler.function), 'Arn'] },
          DeadLetterConfig: Match.anyValue(),
          RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86400 },
        }),
      ],
    });
  });

  it('alarms by e-mail on DLQ depth, the mail worker late on the stream, API 5xx, errors and throttles of each function, SES bounce and complaint rates', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: TEST_PARAMETERS.alarmEmail,
    });
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
    const topic = { Ref: logicalId(stack, stack.monitoring.topic) };
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([topic]);
    const summary = alarms.map((a) => `${a.Namespace} ${a.MetricName} > ${a.Threshold}`).sort();
    expect(summary).toEqual(
      [
        'AWS/ApiGateway 5xx > 0',
        ...['Errors', 'Throttles'].flatMap((metric) => Array(8).fill(`AWS/Lambda ${metric} > 0`)),
        'AWS/Lambda IteratorAge > 600000',
        'AWS/SES Reputation.BounceRate > 0.02',
        'AWS/SES Reputation.ComplaintRate > 0.0005',
        ...Array(6).fill('AWS/SQS ApproximateNumberOfMessagesVisible > 0'),
      ].sort(),
    );
    for (const alarm of alarms) expect(alarm.ComparisonOperator).toBe('GreaterThanThreshold');
    expect(alarms.find((alarm) => alarm.MetricName === 'IteratorAge')).toMatchObject({
      Statistic: 'Maximum',
      Dimensions: [
        { Name: 'FunctionName', Value: { Ref: logicalId(stack, stack.mailOutbox.worker.function) } },
      ],
    });
    const watchedQueues = alarms.flatMap((alarm) =>
      ((alarm.Dimensions ?? []) as { Name: string; Value: unknown }[])
        .filter((dimension) => dimension.Name === 'QueueName')
        .map((dimension) => JSON.stringify(dimension.Value)),
    );
    const deadLetters = [
      stack.scheduling.reminders.deadLetters,
      stack.scheduling.retention.deadLetters,
      stack.mail.deadLetters,
      stack.campaigns.deadLetters,
      stack.campaigns.tick.deadLetters,
      stack.mailOutbox.deadLetters,
    ];
    expect(watchedQueues.sort()).toEqual(
      deadLetters
        .map((queue) => JSON.stringify({ 'Fn::GetAtt': [logicalId(stack, queue), 'QueueName'] }))
        .sort(),
    );
  });

  it('outputs the hub URL', () => {
    template.hasOutput('ApiUrl', { Value: resolve(stack.api.httpApi.apiEndpoint) });
  });
});

describe('the app stack on a custom domain', () => {
  const hub = synthesiseHub({
    ...TEST_PARAMETERS,
    customDomain: {
      domainName: 'hub.filiere-test.fr',
      certificateArn: 'arn:aws:acm:eu-west-3:123456789012:certificate/0f3b1c1e-0000-4000-8000-000000000000',
    },
  });

  it('maps the domain to the stage and uses it for links and outputs', () => {
    hub.appTemplate.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'hub.filiere-test.fr',
    });
    hub.appTemplate.resourceCountIs('AWS::ApiGatewayV2::ApiMapping', 1);
    hub.appTemplate.hasOutput('ApiUrl', { Value: 'https://hub.filiere-test.fr' });
    hub.appTemplate.resourcePropertiesCountIs(
      'AWS::Lambda::Function',
      { Environment: { Variables: Match.objectLike({ HUB_BASE_URL: 'https://hub.filiere-test.fr' }) } },
      8,
    );
  });
});
