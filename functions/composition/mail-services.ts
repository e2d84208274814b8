import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConfigPart } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import type { NewsletterConfirmations } from '../newsletter/newsletter-confirmations.js';
import { NewsletterMails } from '../newsletter/newsletter-mails.js';
import type { Queue } from '../queue/queue.js';
import { createMailOutbox } from '../outbox/mail-outbox.js';
import { DynamoMailOutbox } from '../outbox/dynamo-mail-outbox.js';
import type { OutboxItems } from '../outbox/outbox-items.js';
import type { Mailer } from '../mail/mailer.js';
import { EventMails } from '../mail/event-mails.js';
import { MailWorker } from '../mail/mail-worker.js';
import { SurveyMails } from '../surveys/survey-mails.js';
import type { SurveyNotifier } from '../surveys/survey-notifier.js';
import { DynamoMailClaims } from '../mail/dynamo-mail-claims.js';
import { DynamoMailRecipients } from '../mail/dynamo-mail-recipients.js';
import { UNLIMITED_SEND_RATE, type SendRate } from '../mail/send-rate.js';
import { localMailQueue, sesQuota } from './adapters.js';

/** What the mail worker reads: the table, the links and sender of the mails, the SES quota. */
export type MailWorkerConfig = ConfigPart<
  'HUB_TABLE_NAME' | 'HUB_BASE_URL' | 'HUB_MAIL_FROM' | 'HUB_MAIL_FROM_NAME' | 'HUB_SES_MAX_RATE'
>;

export interface MailServices {
  /** The hub's table when HUB_MAIL_OUTBOX is `table` (AWS); otherwise an in-process LocalQueue that mails as it is sent to. */
  mailQueue: Queue;
  /** The outbox's consumer: sends the mails the queue carries (the mail worker Lambda, or in process). */
  mailWorker: MailWorker;
  /** Registrant mails, queued (the `notifier` override replaces it in tests). */
  notifier: RegistrationNotifier;
  /** The newsletter's double opt-in mail, queued. */
  newsletterConfirmations: NewsletterConfirmations;
  /** The satisfaction survey's mails, queued. */
  surveyNotifier: SurveyNotifier;
  /** The outbox in the table, which registration changes write their mails to in their transactions; else none. */
  outboxItems: OutboxItems | undefined;
}

export interface MailServicesDeps {
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
  config: MailWorkerConfig,
  dynamo: DynamoDBDocumentClient,
  { mailer, signer, clock }: Pick<MailServicesDeps, 'mailer' | 'signer' | 'clock'>,
  rate: SendRate = sesQuota(dynamo, config),
): MailWorker {
  return new MailWorker({
    claims: new DynamoMailClaims(dynamo, config.HUB_TABLE_NAME),
    recipients: new DynamoMailRecipients(dynamo, config.HUB_TABLE_NAME),
    // The registration mails, with their calendar invitations.
    registrants: new EventMails(mailer, {
      baseUrl: config.HUB_BASE_URL,
      signer,
      clock,
      organiser: { name: config.HUB_MAIL_FROM_NAME, email: config.HUB_MAIL_FROM },
    }),
    newsletter: new NewsletterMails(mailer),
    surveys: new SurveyMails(mailer),
    clock,
    rate,
  });
}

/** The transactional-mail outbox: its two ends, and the queue between them. */
export function buildMailServices(
  config: MailWorkerConfig & ConfigPart<'HUB_MAIL_OUTBOX'>,
  dynamo: DynamoDBDocumentClient,
  deps: MailServicesDeps,
): MailServices {
  const inTable = config.HUB_MAIL_OUTBOX === 'table';
  // In process, a mail is sent while its request waits, to a local SES that has no quota.
  const mailWorker = buildMailWorker(config, dynamo, deps, inTable ? undefined : UNLIMITED_SEND_RATE);
  const tableOutbox = inTable ? new DynamoMailOutbox(dynamo, config.HUB_TABLE_NAME) : undefined;
  const mailQueue = tableOutbox ?? localMailQueue(mailWorker);
  const outbox = createMailOutbox(mailQueue);
  return {
    mailQueue,
    mailWorker,
    notifier: deps.notifier ?? outbox.notifier,
    newsletterConfirmations: outbox.newsletterConfirmations,
    surveyNotifier: outbox.surveys,
    // A notifier given in place of the outbox's (tests) receives every registrant mail.
    outboxItems: deps.notifier ? undefined : tableOutbox,
  };
}
