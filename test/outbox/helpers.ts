import { createHash, randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { MailOutbox, createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import { parseMailMessage } from '../../functions/outbox/mail-messages.js';
import { keys } from '../../functions/store/keys.js';
import type { QueueBatch } from '../../functions/queue/queue.js';
import type { Mailer } from '../../functions/mail/mailer.js';
import { DynamoMailClaims } from '../../functions/mail/dynamo-mail-claims.js';
import { DynamoMailRecipients } from '../../functions/mail/dynamo-mail-recipients.js';
import { EventMails } from '../../functions/mail/event-mails.js';
import { MailWorker } from '../../functions/mail/mail-worker.js';
import { DynamoTokenBucket } from '../../functions/mail/dynamo-token-bucket.js';
import type { SendRate } from '../../functions/mail/send-rate.js';
import { SurveyMails } from '../../functions/surveys/survey-mails.js';
import { NewsletterMails } from '../../functions/newsletter/newsletter-mails.js';
import type { TestHub } from '../support/test-hub.js';
import type { HubEvent } from '../../functions/events/event.js';
import type { RegistrationNotifier } from '../../functions/registrations/notifier.js';
import type { Registration } from '../../functions/registrations/registration.js';

/**
 * The outbox's ports over a queue that only records the bodies it is given, and stores what each is about in
 * the test hub's table, as the request that queued it would have.
 */
export function capturingOutbox(t: Pick<TestHub, 'clients' | 'config'>) {
  const bodies: string[] = [];
  const queue = {
    send: async (sent: string[]) => {
      await storePeopleOf(t, sent);
      bodies.push(...sent);
    },
  };
  return { bodies, outbox: new MailOutbox(queue), ...createMailOutbox(queue) };
}

/**
 * Stores the registration or the subscriber each queued message is about: the mail worker sends a mail only
 * while its person is still known (an erasure stops it).
 */
export async function storePeopleOf(t: Pick<TestHub, 'clients' | 'config'>, bodies: string[]): Promise<void> {
  for (const body of bodies) {
    const message = parseMailMessage(body);
    if (message.kind !== 'newsletterConfirmation') await storeRegistration(t, message.registration);
    else
      await t.clients.dynamo.send(
        new PutCommand({
          TableName: t.config.HUB_TABLE_NAME,
          Item: { ...keys.subscriber(message.mail.to), type: 'subscriber' },
        }),
      );
  }
}

async function storeRegistration(t: Pick<TestHub, 'clients' | 'config'>, registration: Registration) {
  await t.clients.dynamo.send(
    new PutCommand({
      TableName: t.config.HUB_TABLE_NAME,
      Item: {
        ...keys.registration(registration.eventId, registration.id),
        type: 'registration',
        ...registration,
      },
    }),
  );
}

/** A batch as Lambda's SQS event source delivers it: each record its own SQS message id. */
export function batchOf(bodies: string[], receiveCount = 1): QueueBatch {
  return {
    Records: bodies.map((body) => ({
      messageId: randomUUID(),
      receiptHandle: `AQEB${randomUUID()}`,
      body,
      attributes: { ApproximateReceiveCount: String(receiveCount), SentTimestamp: String(Date.now()) },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-3:123456789012:FiliereHubApp-MailQueue',
      awsRegion: 'eu-west-3',
    })),
  };
}

/** Fails the first `failures` sends, then sends through `inner`. */
export class FlakyMailer implements Mailer {
  constructor(
    private readonly inner: Mailer,
    private failures: number,
  ) {}

  send: Mailer['send'] = async (mail) => {
    if (this.failures-- > 0) throw new Error('SES indisponible');
    return this.inner.send(mail);
  };
}

/**
 * The mail worker the Lambda builds, sending through `mailer` against the test hub's table, drawing on the SES
 * quota's token bucket there unless given another `rate`.
 */
export function mailWorkerFor(
  t: TestHub,
  mailer: Mailer,
  rate: SendRate = new DynamoTokenBucket(t.clients.dynamo, t.config.HUB_TABLE_NAME, {
    rate: t.config.HUB_SES_MAX_RATE,
  }),
): MailWorker {
  return new MailWorker({
    claims: new DynamoMailClaims(t.clients.dynamo, t.config.HUB_TABLE_NAME),
    recipients: new DynamoMailRecipients(t.clients.dynamo, t.config.HUB_TABLE_NAME),
    registrants: new EventMails(mailer, {
      baseUrl: t.config.HUB_BASE_URL,
      signer: t.hub.signer,
      clock: t.hub.clock,
      organiser: { name: 'Filière', email: t.config.HUB_MAIL_FROM },
    }),
    newsletter: new NewsletterMails(mailer),
    surveys: new SurveyMails(mailer),
    clock: t.hub.clock,
    rate,
  });
}

/** The hub's registrant notifier, storing first the registration each mail is about (see storePeopleOf). */
export function notifierOfStoredPeople(t: TestHub): RegistrationNotifier {
  const stored =
    <A extends unknown[]>(send: (event: HubEvent, registration: Registration, ...rest: A) => Promise<void>) =>
    async (event: HubEvent, registration: Registration, ...rest: A) => {
      await storeRegistration(t, registration);
      return send(event, registration, ...rest);
    };
  const { notifier } = t.hub;
  return {
    confirmed: stored(notifier.confirmed.bind(notifier)),
    waitlisted: stored(notifier.waitlisted.bind(notifier)),
    promoted: stored(notifier.promoted.bind(notifier)),
    cancelled: stored(notifier.cancelled.bind(notifier)),
    eventUpdated: stored(notifier.eventUpdated.bind(notifier)),
    eventCancelled: stored(notifier.eventCancelled.bind(notifier)),
    reminder: stored(notifier.reminder.bind(notifier)),
    replayAvailable: stored(notifier.replayAvailable.bind(notifier)),
  };
}
