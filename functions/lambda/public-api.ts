import { createAwsClients } from '../store/clients.js';
import { systemClock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import { buildPublicHub } from '../composition/public-hub.js';
import { directEventMails, suppressingSesMailer } from '../composition/direct-mail.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import { NewsletterMails } from '../newsletter/newsletter-mails.js';
import { createPublicApp } from '../http/public-app.js';
import { loadLambdaConfig } from './lambda-config.js';
import { httpHandler } from './http-handler.js';

/** The public site and API only (the routes lib/constructs/api-construct.ts sends here). */
const config = await loadLambdaConfig();
const clients = createAwsClients(config);
const clock = systemClock;
const signer = new LinkSigner(config.HUB_SIGNING_KEY);
// The mail ports: sent from the request for now; the transactional-mail outbox replaces these two.
const mailer = suppressingSesMailer(
  config,
  clients,
  new DynamoSuppressionList(clients.dynamo, config.HUB_TABLE_NAME),
);
const hub = buildPublicHub(config, clients, {
  clock,
  signer,
  notifier: directEventMails(config, mailer, { signer, clock }),
  newsletterConfirmations: new NewsletterMails(mailer),
});
export const handler = httpHandler(createPublicApp(hub));
