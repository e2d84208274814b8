import type { AwsClients } from '../store/clients.js';
import type { HubConfig } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { Mailer } from './mailer.js';
import { SesMailer } from './ses-mailer.js';
import { EventMails } from './event-mails.js';
import { SuppressingMailer } from '../suppression/suppressing-mailer.js';
import type { SuppressionList } from '../suppression/suppression-list.js';

/** Mail sent from the process itself: SES through the configuration set, never to a suppressed address. */
export function suppressingSesMailer(
  config: HubConfig,
  clients: Pick<AwsClients, 'ses'>,
  suppression: SuppressionList,
): Mailer {
  return new SuppressingMailer(
    new SesMailer(clients.ses, {
      from: config.HUB_MAIL_FROM,
      fromName: config.HUB_MAIL_FROM_NAME,
      configurationSet: config.HUB_SES_CONFIGURATION_SET,
    }),
    suppression,
  );
}

/** The registration mails (with their calendar invitations), composed and sent in the request. */
export function directEventMails(
  config: HubConfig,
  mailer: Mailer,
  deps: { signer: LinkSigner; clock: Clock },
): EventMails {
  return new EventMails(mailer, {
    baseUrl: config.HUB_BASE_URL,
    signer: deps.signer,
    clock: deps.clock,
    organiser: { name: config.HUB_MAIL_FROM_NAME, email: config.HUB_MAIL_FROM },
  });
}
