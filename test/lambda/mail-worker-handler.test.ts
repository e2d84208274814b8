import type { handler as MailWorkerHandler } from '../../functions/lambda/mail-worker.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailsTo } from '../support/ses-store.js';
import { uniqueEmail } from '../support/test-hub.js';
import { aRegistration, anEvent } from '../mail/fixtures.js';
import { capturingOutbox } from '../outbox/helpers.js';
import { lambdaContext, lambdaEnvironment, sqsBatch } from './lambda-events.js';

describe('the mail worker Lambda handler', () => {
  let handler: typeof MailWorkerHandler;

  beforeAll(async () => {
    await lambdaEnvironment();
    ({ handler } = await import('../../functions/lambda/mail-worker.js'));
  });

  it('mails what an SQS batch carries through SES, reports only the poison message, and mails nobody twice on redelivery', async () => {
    const { notifier, bodies } = capturingOutbox();
    const registration = aRegistration({ email: uniqueEmail('lambda') });
    await notifier.confirmed(anEvent(), registration);
    const batch = sqsBatch([bodies[0]!, '{"v":1,"kind":"confirmed"}']);

    const first = await handler(batch, lambdaContext('FiliereHubApp-MailWorker'));
    const again = await handler(sqsBatch(bodies, 2), lambdaContext('FiliereHubApp-MailWorker'));

    expect(first).toEqual({ batchItemFailures: [{ itemIdentifier: batch.Records[1]!.messageId }] });
    expect(again).toEqual({ batchItemFailures: [] });
    const mails = await mailsTo(registration.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Inscription confirmée : Journée technique : recycler les aimants NdFeB',
    ]);
    expect(mails[0]!.attachments.map((attachment) => attachment.filename)).toContain('invitation.ics');
    // Links point at the deployment's base URL, read from the function's environment.
    expect(mails[0]!.body.text).toContain('https://hub.filiere-test.fr/');
  });
});
