import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';
import { startSesLocal } from '../../functions/local/ses-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesEndpoint: string;
  }
}

/** One DynamoDB Local and one local SES for the whole run; each test file makes its own table. */
export default async function setup(project: TestProject) {
  const [dynamo, ses] = await Promise.all([startDynamoDbLocal(), startSesLocal()]);
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  return async () => {
    await Promise.all([dynamo.stop(), ses.stop()]);
  };
}
