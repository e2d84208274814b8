import { describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { TABLE_KEYS } from '../../functions/store/table.js';
import { synthesiseHub } from './hub-stacks.js';

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
