import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import { TEST_STAFF_EMAIL, uniqueEmail } from '../support/test-hub.js';
import { rawMailsTo } from '../support/local-mailbox.js';
import { mailsTo } from '../support/ses-store.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

describe('scheduled campaigns', () => {
  const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub({ clock });
  });

  it('go out at their time and not before', async () => {
    const email = uniqueEmail('programme');
    await seedSubscriber(t, email, ['journees-techniques']);
    const id = await createCampaign(t, { audience: { topics: ['journees-techniques'] } });

    const response = await t.api(`/api/admin/campaigns/${id}/send`, {
      body: { at: '2026-12-01T10:00:00+01:00' },
    });
    clock.set(new Date('2026-12-01T08:59:59Z'));
    const early = await t.hub.campaignFanout.startDue(clock.now());
    await t.drain();

    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ status: 'scheduled' });
    expect(early).toEqual([]);
    expect(await rawMailsTo(email)).toHaveLength(0);

    clock.set(new Date('2026-12-01T09:00:00Z'));
    const due = await t.hub.campaignFanout.startDue(clock.now());
    await t.drain();

    expect(due).toEqual([id]);
    expect(await rawMailsTo(email)).toHaveLength(1);
    expect(((await (await t.api(`/api/admin/campaigns/${id}`)).json()) as { status: string }).status).toBe(
      'sent',
    );
  });
});

describe('a campaign that pauses itself', () => {
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub({}, { HUB_CAMPAIGN_PAUSE_MIN_SENT: '5' });
  });

  it('pauses above the bounce threshold, tells staff, and resumes without doubles', async () => {
    const recipients = Array.from({ length: 25 }, () => uniqueEmail('pause'));
    for (const email of recipients) await seedSubscriber(t, email, ['webinaires']);
    const subject = `Lettre ${uniqueEmail('objet')}`;
    const id = await createCampaign(t, { subject });
    const deps = t.hub.campaignWorkerDeps;
    const { CampaignWorker } = await import('../../functions/campaigns/campaign-worker.js');
    let bounced = false;
    // The first bounce comes back once the first chunk of ten went out.
    const worker = new CampaignWorker({
      ...deps,
      pauseIfUnhealthy: async (campaign) => {
        if (!bounced) {
          bounced = true;
          const live = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
            stats: { sent: number };
          };
          expect(live.stats.sent).toBe(10);
          const mailed = [];
          for (const email of recipients)
            if ((await t.hub.campaignStore.markersFor(email)).length) mailed.push(email);
          await t.hub.campaignFeedback.record({
            eventType: 'Bounce',
            mail: { messageId: 'bounce', tags: { campaign: [campaign.id] } },
            bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: mailed[0]! }] },
          });
        }
        return deps.pauseIfUnhealthy(campaign);
      },
    });
    const handler = (batch: Parameters<typeof worker.handleBatch>[0]) => worker.handleBatch(batch);

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain(handler);

    const paused = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
      status: string;
      pausedReason: string;
      stats: { sent: number; bounced: number };
    };
    expect(paused.status).toBe('paused');
    expect(paused.pausedReason).toContain('taux de rebond');
    expect(paused.stats.sent).toBe(10);
    expect(paused.stats.bounced).toBe(1);
    const notices = await rawMailsTo(TEST_STAFF_EMAIL);
    expect(notices.some((mail) => mail.subject === `Campagne en pause : ${subject}`)).toBe(true);

    const resumed = await t.api(`/api/admin/campaigns/${id}/resume`, { body: {} });
    await t.drain(handler);

    expect(resumed.status).toBe(202);
    for (const email of recipients) expect(await mailsTo(email), email).toHaveLength(1);
    const done = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
      status: string;
      stats: { sent: number };
    };
    expect(done).toMatchObject({ status: 'sent', stats: { sent: 25 } });
  });
});
