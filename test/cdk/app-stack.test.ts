import { describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import { HUB_ITEM_ACTIONS } from '../../lib/grants.js';
import { API_TIMEOUT } from '../../lib/constructs/api-construct.js';
import { synthesiseHub, TEST_PARAMETERS } from './hub-stacks.js';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

/** The statements of every inline policy attached to the role of the given function, in template order. */
function statementsOfRole(template: Template, roleLogicalId: string): unknown[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resources[string][];
  return policies
    .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleLogicalId }]))
    .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: unknown[] }).Statement);
}

function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } } | object): string {
  return stack.getLogicalId((construct as { node: { defaultChild: never } }).node.defaultChild);
}

describe('the app stack', () => {
  const hub = synthesiseHub();
  const { appTemplate: template, app: stack } = hub;
  const resources = template.toJSON().Resources as Resources;
  const ofType = (type: string) => Object.entries(resources).filter(([, resource]) => resource.Type === type);
  const resolve = (value: unknown) => stack.resolve(value);

  it('runs every function on the newest Node.js runtime, ARM64, with its own log group kept one month', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions).toHaveLength(4);
    for (const [, fn] of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(resources[logGroupId]?.Properties.RetentionInDays).toBe(30);
    }
    template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 5);
  });

  it('has no NAT gateway, no VPC, no provisioned concurrency', () => {
    expect(ofType('AWS::EC2::NatGateway')).toEqual([]);
    expect(ofType('AWS::EC2::VPC')).toEqual([]);
    expect(JSON.stringify(resources)).not.toMatch(/ProvisionedConcurren|ReservedConcurrentExecutions/);
  });

  it('gives the public and staff API functions exactly the same grants: its log group, the table items, mail via the identity and configuration set, the signing key, the kit objects', () => {
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
    const expected = (logGroup: string, extra: unknown[] = []) => [
      {
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logGroup, 'Arn'] },
      },
      ...extra,
      { Action: HUB_ITEM_ACTIONS, Effect: 'Allow', Resource: tableArn },
      {
        Action: 'dynamodb:Query',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [tableArn, '/index/gsi1']] },
      },
      { Action: 'ses:SendRawEmail', Effect: 'Allow', Resource: sending },
      {
        Action: 'secretsmanager:GetSecretValue',
        Effect: 'Allow',
        Resource: resolve(hub.data.signingKey.secretArn),
      },
    ];
    const kitsBucketArn = { 'Fn::ImportValue': 'FiliereHubData-KitsBucketArn' };
    const kitObjects = [
      {
        Action: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:DeleteObject'],
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [kitsBucketArn, '/kits/*']] },
      },
      { Action: 's3:ListBucket', Effect: 'Allow', Resource: kitsBucketArn },
    ];
    for (const api of [stack.api.handler, stack.api.staffHandler]) {
      expect(statementsOfRole(template, logicalId(stack, api.role))).toEqual([
        ...expected(logicalId(stack, api.logGroup)),
        ...kitObjects,
      ]);
    }
    expect(statementsOfRole(template, logicalId(stack, stack.scheduling.handler.role))).toEqual(
      expected(logicalId(stack, stack.scheduling.handler.logGroup), [
        // The on-failure destination: Lambda sends the failed invocation record with the function's role.
        {
          Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': [logicalId(stack, stack.scheduling.deadLetters), 'Arn'] },
        },
      ]),
    );
  });

  it('tells only the API functions where the kits bucket is', () => {
    const bucketName = resolve(stack.kitsBucket.bucketName);
    const environmentOf = (fn: { node: { defaultChild?: unknown } }) =>
      (resources[logicalId(stack, fn)]!.Properties.Environment as { Variables: Record<string, unknown> })
        .Variables;
    for (const api of [stack.api.handler, stack.api.staffHandler])
      expect(environmentOf(api.function).HUB_KITS_BUCKET).toEqual(bucketName);
    for (const worker of [stack.scheduling.handler, stack.mail.handler])
      expect(environmentOf(worker.function)).not.toHaveProperty('HUB_KITS_BUCKET');
  });

  it('gives the API 29 s, under the HTTP API 30 s integration limit, to build a version ZIP', () => {
    expect(API_TIMEOUT.toSeconds()).toBe(29);
    for (const api of [stack.api.handler, stack.api.staffHandler])
      expect(resources[logicalId(stack, api.function)]!.Properties).toMatchObject({
        Timeout: 29,
        MemorySize: 1024,
      });
  });

  it('runs the staff API with the configuration of the public API', () => {
    const propertiesOf = (fn: { node: { defaultChild?: unknown } }) => {
      const { Environment, MemorySize, Timeout } = resources[logicalId(stack, fn)]!.Properties;
      return { Environment, MemorySize, Timeout };
    };
    expect(propertiesOf(stack.api.staffHandler.function)).toEqual(propertiesOf(stack.api.handler.function));
  });

  it('lets the SES events function write suppression items and nothing else', () => {
    expect(statementsOfRole(template, logicalId(stack, stack.mail.handler.role))).toEqual([
      {
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logicalId(stack, stack.mail.handler.logGroup), 'Arn'] },
      },
      {
        Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logicalId(stack, stack.mail.deadLetters), 'Arn'] },
      },
      { Action: 'dynamodb:UpdateItem', Effect: 'Allow', Resource: resolve(hub.data.table.tableArn) },
    ]);
  });

  it('uses no managed policy and no wildcard resource anywhere but the kits key prefix', () => {
    expect(JSON.stringify(resources)).not.toContain('ManagedPolicyArns');
    for (const [, policy] of ofType('AWS::IAM::Policy')) {
      const document = JSON.stringify(policy.Properties.PolicyDocument);
      expect(document).not.toMatch(/"\*"|:\*"/);
      expect(document.replaceAll('"/kits/*"', '')).not.toContain('*');
    }
  });

  it('routes the campaign paths to the staff function and every other request to the public one (payload 2.0), with access logs and throttling', () => {
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
      $default: publicIntegration,
      'ANY /api/admin/campaigns': staffIntegration,
      'ANY /api/admin/campaigns/{proxy+}': staffIntegration,
      'ANY /admin/campagnes': staffIntegration,
      'ANY /admin/campagnes/{proxy+}': staffIntegration,
      'ANY /api/admin/kits': staffIntegration,
      'ANY /api/admin/kits/{proxy+}': staffIntegration,
      'ANY /admin/kits': staffIntegration,
      'ANY /admin/kits/{proxy+}': staffIntegration,
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    template.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
  });

  it('gives every queue a role as dead-letter queue, and a policy refusing non-TLS access', () => {
    const queues = ofType('AWS::SQS::Queue');
    expect(queues).toHaveLength(2);
    const text = JSON.stringify(resources);
    for (const [id, queue] of queues) {
      const usedAsDeadLetterQueue =
        text.includes(`"DeadLetterConfig":{"Arn":{"Fn::GetAtt":["${id}","Arn"]}}`) &&
        text.includes(`"OnFailure":{"Destination":{"Fn::GetAtt":["${id}","Arn"]}}`);
      expect(usedAsDeadLetterQueue || 'RedrivePolicy' in queue.Properties).toBe(true);
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

  it('runs the reminder job every 5 minutes, with retries, a DLQ, and a role that may invoke that function only', () => {
    const functionArn = { 'Fn::GetAtt': [logicalId(stack, stack.scheduling.handler.function), 'Arn'] };
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Target: {
        Arn: functionArn,
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack, stack.scheduling.deadLetters), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 300 },
        Input: Match.stringLikeRegexp('<aws.scheduler.scheduled-time>'),
      },
    });
    const roleId = ofType('AWS::IAM::Role').find(([, role]) =>
      JSON.stringify(role.Properties).includes('scheduler.amazonaws.com'),
    )?.[0];
    expect(statementsOfRole(template, roleId!)).toEqual([
      { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: functionArn },
      {
        Action: 'sqs:SendMessage',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [logicalId(stack, stack.scheduling.deadLetters), 'Arn'] },
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

  it('alarms by e-mail on DLQ depth, API 5xx, errors and throttles of each function, SES bounce and complaint rates', () => {
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
        ...['Errors', 'Throttles'].flatMap((metric) => Array(4).fill(`AWS/Lambda ${metric} > 0`)),
        'AWS/SES Reputation.BounceRate > 0.02',
        'AWS/SES Reputation.ComplaintRate > 0.0005',
        'AWS/SQS ApproximateNumberOfMessagesVisible > 0',
        'AWS/SQS ApproximateNumberOfMessagesVisible > 0',
      ].sort(),
    );
    for (const alarm of alarms) expect(alarm.ComparisonOperator).toBe('GreaterThanThreshold');
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
      3,
    );
  });
});
