import type { handler as MailWorkerHandler } from '../../functions/lambda/mail-worker.js';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoMailOutbox } from '../../functions/outbox/dynamo-mail-outbox.js';
import { parseMailMessage } from '../../functions/outbox/mail-messages.js';
import { storePeopleOf } from '../outbox/helpers.js';
import { createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import type { Queue } from '../../functions/queue/queue.js';
import { keys } from '../../functions/store/keys.js';
import { mailsTo } from '../support/ses-store.js';
import { TableStream } from '../support/table-stream.js';
import { uniqueEmail, type TestHub } from '../support/test-hub.js';
import { aRegistration, anEvent } from '../mail/fixtures.js';
import { lambdaContext, lambdaEnvironment } from './lambda-events.js';

describe('the mail worker Lambda handler', () => {
  let handler: typeof MailWorkerHandler;
  let t: TestHub;
  let stream: TableStream;

  beforeAll(async () => {
    t = await lambdaEnvironment();
    stream = await TableStream.enable(t);
    ({ handler } = await import('../../functions/lambda/mail-worker.js'));
  });
  afterAll(() => stream.destroy());

  it('mails the outbox items the table stream carries through SES, reports the hostile one by sequence number, ignores the rest of the table, and mails nobody twice on redelivery', async () => {
    const written: string[] = [];
    const table = new DynamoMailOutbox(t.clients.dynamo, t.config.HUB_TABLE_NAME);
    const recording: Queue = {
      send: async (bodies) => void (await table.send(bodies), written.push(...bodies)),
    };
    const registration = aRegistration({ email: uniqueEmail('lambda') });
    await createMailOutbox(recording).notifier.confirmed(anEvent(), registration);
    await storePeopleOf(t, written);
    const poison = keys.mailMessage('00000000-0000-4000-8000-000000000001');
    await t.clients.dynamo.send(
      new PutCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Item: { ...poison, message: '{"v":1,"kind":"confirmed"}' },
      }),
    );
    const batch = await stream.next();

    const first = await handler(batch, lambdaContext('FiliereHubApp-MailWorker'));
    const again = await handler(batch, lambdaContext('FiliereHubApp-MailWorker'));
    // What the worker wrote: its claim, a token of the SES quota, the sent message's outbox item deleted (as its
    // expiry would): records of the table the worker must not mail.
    const later = await stream.next();
    const afterwards = await handler(later, lambdaContext('FiliereHubApp-MailWorker'));

    const sentId = parseMailMessage(written[0]!).id;
    const poisonRecord = batch.Records.find((record) => record.dynamodb.Keys?.pk?.S === poison.pk)!;
    expect(first).toEqual({ batchItemFailures: [{ itemIdentifier: poisonRecord.dynamodb.SequenceNumber }] });
    expect(again).toEqual(first);
    expect(
      later.Records.map((record) => `${record.eventName} ${record.dynamodb.Keys?.pk?.S}`).sort(),
    ).toEqual(
      [
        `INSERT ${keys.mailClaim(sentId).pk}`,
        `MODIFY ${keys.mailClaim(sentId).pk}`,
        `INSERT ${keys.rateBucket('ses').pk}`,
        `REMOVE ${keys.mailMessage(sentId).pk}`,
      ].sort(),
    );
    expect(afterwards).toEqual({ batchItemFailures: [] });
    const mails = await mailsTo(registration.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Inscription confirmée : Journée technique : recycler les aimants NdFeB',
    ]);
    expect(mails[0]!.attachments.map((attachment) => attachment.filename)).toContain('invitation.ics');
    // Links point at the deployment's base URL, read from the function's environment.
    expect(mails[0]!.body.text).toContain('https://hub.filiere-test.fr/');
  });
});
