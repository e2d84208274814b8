import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { uniqueEmail } from '../support/test-hub.js';
import { RecordingSignInMails } from '../support/auth.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

describe('SES throttling during a campaign', () => {
  const ses = mockClient(SESClient);
  let t: CampaignTestHub;
  beforeAll(async () => {
    // Sign-in links are kept in memory: SES is mocked in this file.
    t = await createCampaignHub({ signInMails: new RecordingSignInMails() });
  });
  afterAll(() => ses.restore());

  it('retries throttled sends with backoff: every recipient is sent once, nothing is lost', async () => {
    const recipients = Array.from({ length: 15 }, () => uniqueEmail('limite'));
    for (const email of recipients) await seedSubscriber(t, email, ['formations']);
    const id = await createCampaign(t, { audience: { topics: ['formations'] } });
    const accepted = new Map<string, number>();
    let throttled = 0;
    ses.on(SendRawEmailCommand).callsFake((input: { Destinations: string[] }) => {
      const to = input.Destinations[0]!;
      // Every other call is refused the way SES refuses a send above the account's rate.
      if ((throttled + accepted.size) % 2 === 0 && throttled < 20) {
        throttled++;
        throw Object.assign(new Error('Maximum sending rate exceeded.'), {
          name: 'Throttling',
          $metadata: { httpStatusCode: 400 },
        });
      }
      accepted.set(to, (accepted.get(to) ?? 0) + 1);
      return { MessageId: `mock-${accepted.size}` };
    });

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();

    expect(throttled).toBeGreaterThan(0);
    expect([...accepted.keys()].sort()).toEqual([...recipients].sort());
    expect([...accepted.values()].every((count) => count === 1)).toBe(true);
    expect(t.queue.deadLetters).toHaveLength(0);
    const campaign = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
      status: string;
      stats: { sent: number };
    };
    expect(campaign).toMatchObject({ status: 'sent', stats: { sent: 15 } });
  });
});
