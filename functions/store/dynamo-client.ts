import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HubConfig } from '../config/config.js';

// Local endpoints accept any credentials; giving fixed ones stops the SDK from searching for a profile.
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The DynamoDB document client alone: what the public function needs (it sends no mail itself). */
export function createDynamoClient(
  config: Pick<HubConfig, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>,
): DynamoDBDocumentClient {
  const dynamo = new DynamoDBClient({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT
      ? { endpoint: config.DYNAMODB_ENDPOINT, credentials: localCredentials }
      : {}),
  });
  return DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
}
