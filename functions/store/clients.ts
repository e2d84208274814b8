import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import type { HubConfig } from '../config/config.js';
import { createDynamoClient, localCredentials } from './dynamo-client.js';

export interface AwsClients {
  dynamo: DynamoDBDocumentClient;
  ses: SESClient;
}

export function createAwsClients(
  config: Pick<HubConfig, 'AWS_REGION' | 'DYNAMODB_ENDPOINT' | 'SES_ENDPOINT'>,
): AwsClients {
  const ses = new SESClient({
    region: config.AWS_REGION,
    ...(config.SES_ENDPOINT ? { endpoint: config.SES_ENDPOINT, credentials: localCredentials } : {}),
  });
  return { dynamo: createDynamoClient(config), ses };
}
