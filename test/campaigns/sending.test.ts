import { beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { uniqueEmail } from '../support/test-hub.js';
import { rawMailsTo } from '../support/local-mailbox.js';
import { mailsTo } from '../support/ses-store.js';
import { form } from '../newsletter/helpers.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

/** A header of the raw MIME source as sent, unfolded (RFC 5322 folds long lines). */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head
    .split(/\r?\n/)
    .find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

describe('sending a campaign through the queue and the worker', () => {
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub({}, { HUB_BASE_URL: 'https://hub.filiere-aimants-aura.fr' });
  });

  it('mails every consenting subscriber of the topics once, with RFC 8058 headers, and never the others', async () => {
    const readers = [uniqueEmail('lecteur'), uniqueEmail('lecteur'), uniqueEmail('lecteur')];
    for (const email of readers) await seedSubscriber(t, email, ['webinaires'], 'Zoé & Léa');
    const otherTopic = uniqueEmail('autre-theme');
    await seedSubscriber(t, otherTopic, ['formations']);
    const unsubscribed = uniqueEmail('desabonne');
    await seedSubscriber(t, unsubscribed, ['webinaires']);
    await t.hub.subscriberStore.unsubscribe(unsubscribed, new Date());
    const suppressed = uniqueEmail('rejete');
    await seedSubscriber(t, suppressed, ['webinaires']);
    await t.hub.campaignFeedback.record({
      eventType: 'Bounce',
      mail: { messageId: 'x' },
      bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: suppressed }] },
    });
    const id = await createCampaign(t);

    const response = await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();

    expect(response.status).toBe(202);
    for (const email of readers) {
      const mails = await rawMailsTo(email);
      expect(mails, email).toHaveLength(1);
      const parsed = await simpleParser(mails[0]!.raw);
      expect(header(mails[0]!.raw, 'List-Unsubscribe')).toMatch(
        /^<https:\/\/hub\.filiere-aimants-aura\.fr\/newsletter\/unsubscribe\?token=[^>\s]+>,\s*<mailto:desabonnement@[^>\s]+>$/,
      );
      expect(header(mails[0]!.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(parsed.html).toContain('Bonjour Zoé &amp; Léa,');
      expect(parsed.text).toContain('Bonjour Zoé & Léa,');
    }
    for (const email of [otherTopic, unsubscribed, suppressed])
      expect(await rawMailsTo(email), email).toHaveLength(0);
    const campaign = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
      status: string;
      stats: Record<string, number>;
    };
    expect(campaign.status).toBe('sent');
    expect(campaign.stats).toMatchObject({ audience: 3, sent: 3 });
  });

  it('honours a one-click POST to the header URL, without session, before the next campaign', async () => {
    const email = uniqueEmail('un-clic');
    await seedSubscriber(t, email, ['webinaires']);
    const first = await createCampaign(t);
    await t.api(`/api/admin/campaigns/${first}/send`, { body: {} });
    await t.drain();
    const [mail] = await rawMailsTo(email);
    const url = /^<([^>]+)>/.exec(header(mail!.raw, 'List-Unsubscribe'))![1]!;

    const response = await t.app.request(
      url.replace('https://hub.filiere-aimants-aura.fr', ''),
      form({ 'List-Unsubscribe': 'One-Click' }),
    );
    const second = await createCampaign(t);
    await t.api(`/api/admin/campaigns/${second}/send`, { body: {} });
    await t.drain();

    expect(response.status).toBe(200);
    expect(await rawMailsTo(email)).toHaveLength(1);
    const stats = (await (await t.api(`/api/admin/campaigns/${first}`)).json()) as {
      stats: { unsubscribed: number };
    };
    expect(stats.stats.unsubscribed).toBe(1);
  });

  it('mails each recipient exactly once when the worker dies mid-batch and the batch is redelivered', async () => {
    const recipients = Array.from({ length: 12 }, () => uniqueEmail('crash'));
    for (const email of recipients) await seedSubscriber(t, email, ['actualites-filiere']);
    const id = await createCampaign(t, { audience: { topics: ['actualites-filiere'] } });
    let sends = 0;
    let killed = false;
    const { CampaignWorker } = await import('../../functions/campaigns/campaign-worker.js');
    const deps = t.hub.campaignWorkerDeps;
    const dying = new CampaignWorker({
      ...deps,
      leaseMs: 1,
      mailerFor: (fromName) => {
        const real = deps.mailerFor(fromName);
        return {
          send: async (mail) => {
            if (++sends === 4 && !killed) {
              killed = true;
              throw new Error('process killed');
            }
            return real.send(mail);
          },
        };
      },
    });

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain(async (batch) => {
      const response = await dying.handleBatch(batch);
      if (killed && sends < 20) {
        sends = 20;
        throw new Error('the Lambda invocation died: the whole batch comes back');
      }
      return response;
    });

    expect(killed).toBe(true);
    for (const email of recipients) expect(await mailsTo(email), email).toHaveLength(1);
    const campaign = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
      status: string;
      stats: { sent: number };
    };
    expect(campaign).toMatchObject({ status: 'sent', stats: { sent: 12 } });
  });
});
