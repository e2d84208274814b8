import { createDynamoClient } from '../store/dynamo-client.js';
import { systemClock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import { buildPublicHub } from '../composition/public-hub.js';
import { createMailOutbox } from '../outbox/mail-outbox.js';
import { createSqsQueue } from '../queue/sqs-client.js';
import { ConfigError } from '../config/config.js';
import { createPublicApp } from '../http/public-app.js';
import { loadLambdaConfig } from './lambda-config.js';
import { httpHandler } from './http-handler.js';

/**
 * The public site and API only (the routes lib/public-routes.ts sends here). Its mails go to the mail queue,
 * which the mail worker sends from: this bundle carries no mail composition code and no SES client.
 */
const config = await loadLambdaConfig();
if (!config.HUB_MAIL_QUEUE_URL)
  throw new ConfigError('HUB_MAIL_QUEUE_URL manquant : la fonction publique met ses courriels en file.');
const hub = buildPublicHub(
  config,
  { dynamo: createDynamoClient(config) },
  {
    clock: systemClock,
    signer: new LinkSigner(config.HUB_SIGNING_KEY),
    ...createMailOutbox(createSqsQueue(config.HUB_MAIL_QUEUE_URL, config.AWS_REGION)),
  },
);
export const handler = httpHandler(createPublicApp(hub));
