import { inject } from 'vitest';
import { loadConfig, type HubConfig } from '../../functions/config/config.js';
import { createAwsClients, type AwsClients } from '../../functions/composition/adapters.js';
import { ensureTable } from '../../functions/local/table-setup.js';
import { buildHub, type Hub, type HubOverrides } from '../../functions/composition/hub.js';
import { createApp } from '../../functions/composition/full-app.js';
import type { HubApp } from '../../functions/http/env.js';
import { newId } from '../../functions/shared/ids.js';

export const TEST_STAFF_EMAIL = 'equipe.com@filiere-aimants-aura.fr';

export interface TestHub {
  config: HubConfig;
  clients: AwsClients;
  hub: Hub;
  app: HubApp;
}

/** A hub on a fresh table of the shared DynamoDB Local, sending to the shared local SES. */
export async function createTestHub(
  overrides: HubOverrides = {},
  env: Record<string, string> = {},
): Promise<TestHub> {
  const config = loadConfig({
    HUB_TABLE_NAME: `test-${newId()}`,
    HUB_BASE_URL: 'http://localhost:3000',
    HUB_STAFF_EMAILS: TEST_STAFF_EMAIL,
    HUB_SIGNING_KEY: 'test-signing-key-test-signing-key-0123456789',
    HUB_LOCAL: 'true',
    AWS_REGION: 'eu-west-3',
    DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
    SES_ENDPOINT: inject('sesEndpoint'),
    S3_ENDPOINT: inject('s3Endpoint'),
    HUB_KITS_BUCKET: inject('kitsBucket'),
    ...env,
  });
  const clients = createAwsClients(config);
  await ensureTable(clients.dynamo, config.HUB_TABLE_NAME);
  const hub = buildHub(config, clients, overrides);
  return { config, clients, hub, app: createApp(hub) };
}

/** A unique address, so that tests sharing the local SES read only their own mail. */
export function uniqueEmail(label = 'personne'): string {
  return `${label}.${newId().toLowerCase()}@exemple.fr`;
}
