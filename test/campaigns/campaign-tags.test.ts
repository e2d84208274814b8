import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { uniqueEmail } from '../support/test-hub.js';
import { RecordingSignInMails } from '../support/auth.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

describe('SES message tags', () => {
  const ses = mockClient(SESClient);
  let t: CampaignTestHub;
  beforeAll(async () => {
    // Sign-in links are kept in memory: SES is mocked in this file.
    t = await createCampaignHub({ signInMails: new RecordingSignInMails() });
    ses.on(SendRawEmailCommand).resolves({ MessageId: 'mock' });
  });
  afterAll(() => ses.restore());

  const callsTo = (email: string) =>
    ses.commandCalls(SendRawEmailCommand).filter((call) => call.args[0].input.Destinations?.includes(email));

  it('tags every campaign mail with its campaign, so SES events name it back', async () => {
    const readers = [uniqueEmail('etiquette'), uniqueEmail('etiquette')];
    for (const email of readers) await seedSubscriber(t, email, ['formations']);
    const id = await createCampaign(t, { audience: { topics: ['formations'] } });

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();

    expect(id).toMatch(/^[A-Za-z0-9_-]{1,256}$/);
    for (const email of readers) {
      const calls = callsTo(email);
      expect(calls, email).toHaveLength(1);
      expect(calls[0]!.args[0].input.Tags).toEqual([{ Name: 'campaign', Value: id }]);
    }
  });

  it('sends other mail without a campaign tag', async () => {
    const someone = uniqueEmail('transactionnel');

    await t.hub.mailer.send({ to: [someone], subject: 'Inscription', html: '<p>…</p>', text: '…' });

    const calls = callsTo(someone);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input.Tags).toBeUndefined();
  });
});
