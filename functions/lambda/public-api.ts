import { createDynamoClient } from '../store/dynamo-client.js';
import { systemClock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import { buildPublicHub } from '../composition/public-hub.js';
import { createMailOutbox } from '../outbox/mail-outbox.js';
import { DynamoMailOutbox } from '../outbox/dynamo-mail-outbox.js';
import { createPublicApp } from '../composition/public-app.js';
import { loadLambdaConfig } from './lambda-config.js';
import { httpHandler } from './http-handler.js';

/**
 * The public site and API only (the routes lib/public-routes.ts sends here). Its mails are queued as items of the
 * hub's table, whose stream feeds the mail worker: this bundle carries no mail composition code, no SES client
 * and no queue client, only the DynamoDB client it has anyway.
 */
const config = await loadLambdaConfig();
const dynamo = createDynamoClient(config);
const hub = buildPublicHub(
  config,
  { dynamo },
  {
    clock: systemClock,
    signer: new LinkSigner(config.HUB_SIGNING_KEY),
    ...createMailOutbox(new DynamoMailOutbox(dynamo, config.HUB_TABLE_NAME)),
  },
);
export const handler = httpHandler(createPublicApp(hub));
