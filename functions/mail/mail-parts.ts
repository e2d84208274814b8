import type { HubConfig } from '../config/config.js';
import type { AwsClients } from '../store/clients.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import type { NewsletterConfirmations } from '../newsletter/newsletter-confirmations.js';
import { NewsletterMails } from '../newsletter/newsletter-mails.js';
import type { Queue } from '../queue/queue.js';
import { LocalQueue } from '../queue/local-queue.js';
import { createMailOutbox } from '../outbox/mail-outbox.js';
import { DynamoMailOutbox } from '../outbox/dynamo-mail-outbox.js';
import {
  MAIL_BATCH_SIZE,
  MAIL_MAX_RECEIVE_COUNT,
  MAIL_VISIBILITY_TIMEOUT_SECONDS,
} from '../contract/queues.js';
import type { Mailer } from './mailer.js';
import { directEventMails } from './direct-mail.js';
import { MailWorker } from './mail-worker.js';
import { DynamoMailClaims } from './dynamo-mail-claims.js';
import { DynamoTokenBucket } from './dynamo-token-bucket.js';
import { UNLIMITED_SEND_RATE, type SendRate } from './send-rate.js';

export interface MailParts {
  /** The hub's table when HUB_MAIL_OUTBOX is `table` (AWS); otherwise an in-process LocalQueue that mails as it is sent to. */
  mailQueue: Queue;
  /** The outbox's consumer: sends the mails the queue carries (the mail worker Lambda, or in process). */
  mailWorker: MailWorker;
  /** Registrant mails, queued (the `notifier` override replaces it in tests). */
  notifier: RegistrationNotifier;
  /** The newsletter's double opt-in mail, queued. */
  newsletterConfirmations: NewsletterConfirmations;
}

export interface MailPartsDeps {
  mailer: Mailer;
  signer: LinkSigner;
  clock: Clock;
  notifier?: RegistrationNotifier | undefined;
}

/**
 * The outbox's consuming end alone: what the mail worker Lambda builds, and nothing else of the hub. It draws
 * on the SES quota the campaign workers share (HUB_SES_MAX_RATE), unless given another `rate`.
 */
export function buildMailWorker(
  config: HubConfig,
  clients: Pick<AwsClients, 'dynamo'>,
  { mailer, signer, clock }: Pick<MailPartsDeps, 'mailer' | 'signer' | 'clock'>,
  rate: SendRate = new DynamoTokenBucket(clients.dynamo, config.HUB_TABLE_NAME, {
    rate: config.HUB_SES_MAX_RATE,
  }),
): MailWorker {
  return new MailWorker({
    claims: new DynamoMailClaims(clients.dynamo, config.HUB_TABLE_NAME),
    registrants: directEventMails(config, mailer, { signer, clock }),
    newsletter: new NewsletterMails(mailer),
    clock,
    rate,
  });
}

/** The transactional-mail outbox's share of the composition root: its two ends, and the queue between them. */
export function buildMailParts(config: HubConfig, clients: AwsClients, deps: MailPartsDeps): MailParts {
  const inTable = config.HUB_MAIL_OUTBOX === 'table';
  // In process, a mail is sent while its request waits, to a local SES that has no quota.
  const mailWorker = buildMailWorker(config, clients, deps, inTable ? undefined : UNLIMITED_SEND_RATE);
  const mailQueue = inTable
    ? new DynamoMailOutbox(clients.dynamo, config.HUB_TABLE_NAME)
    : localMailQueue(mailWorker);
  const outbox = createMailOutbox(mailQueue);
  return {
    mailQueue,
    mailWorker,
    notifier: deps.notifier ?? outbox.notifier,
    newsletterConfirmations: outbox.newsletterConfirmations,
  };
}

function localMailQueue(worker: MailWorker): LocalQueue {
  const queue = new LocalQueue({
    batchSize: MAIL_BATCH_SIZE,
    visibilityTimeoutMs: MAIL_VISIBILITY_TIMEOUT_SECONDS * 1000,
    maxReceiveCount: MAIL_MAX_RECEIVE_COUNT,
    name: 'mail',
  });
  queue.deliverOnSend((batch) => worker.handleBatch(batch));
  return queue;
}
