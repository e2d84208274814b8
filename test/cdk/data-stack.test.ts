import { describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { TABLE_KEYS } from '../../functions/contract/table.js';
import { Annotations } from 'aws-cdk-lib/assertions';
import { synthesiseHub, TEST_PARAMETERS } from './hub-stacks.js';

describe('the data stack', () => {
  const { dataTemplate } = synthesiseHub();

  it('declares the table with the keys the code uses, on demand, with PITR and TTL', () => {
    dataTemplate.resourceCountIs('AWS::DynamoDB::Table', 1);
    dataTemplate.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: TABLE_KEYS.gsi1.name,
          KeySchema: [
            { AttributeName: TABLE_KEYS.gsi1.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_KEYS.gsi1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it('keeps the table and the signing key when the stack is deleted or replaced', () => {
    dataTemplate.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    dataTemplate.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: { GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true } },
    });
  });

  it('provisions no capacity', () => {
    const [table] = Object.values(dataTemplate.findResources('AWS::DynamoDB::Table'));
    expect(JSON.stringify(table)).not.toContain('ProvisionedThroughput');
  });

  it('verifies the sender domain with Easy DKIM and a MAIL FROM subdomain, through the configuration set', () => {
    dataTemplate.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'filiere-test.fr',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: {
        MailFromDomain: 'bounce.filiere-test.fr',
        BehaviorOnMxFailure: 'USE_DEFAULT_VALUE',
      },
      ConfigurationSetAttributes: {
        ConfigurationSetName: { Ref: Match.stringLikeRegexp('ConfigurationSet') },
      },
    });
  });

  it('publishes bounces, complaints and deliveries to the default event bus', () => {
    dataTemplate.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint', 'delivery'],
        EventBridgeDestination: {
          EventBusArn: {
            'Fn::Join': [
              '',
              ['arn:', { Ref: 'AWS::Partition' }, ':events:eu-west-3:123456789012:event-bus/default'],
            ],
          },
        },
      },
    });
  });
});

describe('the kits bucket', () => {
  const { data, dataTemplate } = synthesiseHub({
    ...TEST_PARAMETERS,
    allowedOrigin: 'https://hub.filiere-test.fr',
  });
  const buckets = dataTemplate.findResources('AWS::S3::Bucket');
  const kitsId = data.getLogicalId(data.kitsBucket.node.defaultChild as never);
  const [logsId] = Object.keys(buckets).filter((id) => id !== kitsId);
  const kits = buckets[kitsId]!;
  const logs = buckets[logsId!]!;
  const privateEncrypted = {
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
    BucketEncryption: {
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    },
  };

  it('is one private, encrypted, versioned bucket with a private, encrypted access-log bucket beside it', () => {
    expect(Object.keys(buckets)).toHaveLength(2);
    expect(kits.Properties).toMatchObject({
      ...privateEncrypted,
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: logsId }, LogFilePrefix: 'kits-bucket/' },
    });
    expect(logs.Properties).toMatchObject(privateEncrypted);
    expect(logs.Properties).not.toHaveProperty('LoggingConfiguration');
  });

  it('keeps both buckets and their objects when the stack is deleted or replaced', () => {
    for (const bucket of [kits, logs]) {
      expect(bucket).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
    expect(JSON.stringify(dataTemplate.toJSON())).not.toMatch(/AutoDeleteObjects|Custom::S3AutoDelete/);
  });

  it('refuses every request not made over TLS, on both buckets', () => {
    for (const id of [kitsId, logsId]) {
      dataTemplate.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });

  it('aborts abandoned multipart uploads after a day, expires old versions after 90 days and logs after a year', () => {
    expect(kits.Properties.LifecycleConfiguration).toEqual({
      Rules: [
        {
          Id: 'CleanUp',
          Status: 'Enabled',
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          NoncurrentVersionExpiration: { NoncurrentDays: 90 },
          ExpiredObjectDeleteMarker: true,
        },
      ],
    });
    expect(logs.Properties.LifecycleConfiguration).toEqual({
      Rules: [{ Id: 'ExpireLogs', Status: 'Enabled', ExpirationInDays: 365 }],
    });
  });

  it('lets only the site origin PUT, GET and HEAD from a browser, exposing the ETag multipart uploads need', () => {
    expect(kits.Properties.CorsConfiguration).toEqual({
      CorsRules: [
        {
          AllowedOrigins: ['https://hub.filiere-test.fr'],
          AllowedMethods: ['PUT', 'GET', 'HEAD'],
          AllowedHeaders: ['*'],
          ExposedHeaders: ['ETag'],
          MaxAge: 3600,
        },
      ],
    });
  });

  it('outputs the bucket name, and exports its ARN under a fixed name for the app stack', () => {
    dataTemplate.hasOutput('KitsBucketName', { Value: { Ref: kitsId } });
    dataTemplate.hasOutput('*', {
      Value: { 'Fn::GetAtt': [kitsId, 'Arn'] },
      Export: { Name: 'FiliereHubData-KitsBucketArn' },
    });
  });
});

describe('the kits bucket without a known site origin', () => {
  it('defaults to the custom domain', () => {
    const { dataTemplate } = synthesiseHub({
      ...TEST_PARAMETERS,
      customDomain: {
        domainName: 'kits.filiere-test.fr',
        certificateArn: 'arn:aws:acm:eu-west-3:123456789012:certificate/0f3b1c1e-0000-4000-8000-000000000000',
      },
    });
    dataTemplate.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedOrigins: ['https://kits.filiere-test.fr'] })],
      },
    });
  });

  it('answers no cross-origin request at all, and says so at synth time', () => {
    const { data, dataTemplate } = synthesiseHub();
    expect(JSON.stringify(dataTemplate.toJSON())).not.toContain('CorsConfiguration');
    Annotations.fromStack(data).hasWarning('*', Match.stringLikeRegexp('allowedOrigin'));
  });
});
