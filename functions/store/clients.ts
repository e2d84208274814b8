import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import type { HubConfig } from '../config/config.js';

export interface AwsClients {
  dynamo: DynamoDBDocumentClient;
  ses: SESClient;
}

// Local endpoints accept any credentials; giving fixed ones stops the SDK from searching for a profile.
const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export function createAwsClients(
  config: Pick<HubConfig, 'AWS_REGION' | 'DYNAMODB_ENDPOINT' | 'SES_ENDPOINT'>,
): AwsClients {
  const base = { region: config.AWS_REGION };
  const dynamo = new DynamoDBClient({
    ...base,
    ...(config.DYNAMODB_ENDPOINT
      ? { endpoint: config.DYNAMODB_ENDPOINT, credentials: localCredentials }
      : {}),
  });
  const ses = new SESClient({
    ...base,
    ...(config.SES_ENDPOINT ? { endpoint: config.SES_ENDPOINT, credentials: localCredentials } : {}),
  });
  return {
    dynamo: DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } }),
    ses,
  };
}
