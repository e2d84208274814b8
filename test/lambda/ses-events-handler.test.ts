import type { handler as SesEventsHandler } from '../../functions/lambda/ses-events.js';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/store/keys.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { mailsTo } from '../support/ses-store.js';
import { TEST_STAFF_EMAIL, uniqueEmail } from '../support/test-hub.js';
import { CampaignWorker } from '../../functions/campaigns/campaign-worker.js';
import {
  createCampaign,
  createCampaignHub,
  seedSubscriber,
  type CampaignTestHub,
} from '../campaigns/helpers.js';
import { lambdaContext, lambdaEnvironment, sesEvent } from './lambda-events.js';

type Handler = typeof SesEventsHandler;

const permanentBounce = (email: string) =>
  sesEvent(
    'Email Bounced',
    {
      eventType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [
          {
            emailAddress: email,
            action: 'failed',
            status: '5.1.1',
            diagnosticCode: 'smtp; 550 5.1.1 user unknown',
          },
        ],
        timestamp: '2026-11-28T16:00:01.000Z',
        feedbackId: '0107019ab1c2d3e4-feedback-000000',
        reportingMTA: 'dsn; a8-70.smtp-out.amazonses.com',
      },
    },
    [email],
  );

const transientBounce = (email: string) =>
  sesEvent(
    'Email Bounced',
    {
      eventType: 'Bounce',
      bounce: {
        bounceType: 'Transient',
        bounceSubType: 'MailboxFull',
        bouncedRecipients: [
          {
            emailAddress: email,
            action: 'failed',
            status: '4.2.2',
            diagnosticCode: 'smtp; 452 4.2.2 mailbox full',
          },
        ],
        timestamp: '2026-11-28T16:00:01.000Z',
        feedbackId: '0107019ab1c2d3e4-feedback-000001',
      },
    },
    [email],
  );

const complaint = (email: string) =>
  sesEvent(
    'Email Complaint Received',
    {
      eventType: 'Complaint',
      complaint: {
        complainedRecipients: [{ emailAddress: email }],
        timestamp: '2026-11-28T16:05:00.000Z',
        feedbackId: '0107019ab1c2d3e4-feedback-000002',
        userAgent: 'Mozilla/5.0',
        complaintFeedbackType: 'abuse',
        arrivalDate: '2026-11-28T16:04:00.000Z',
      },
    },
    [email],
  );

const delivery = (email: string) =>
  sesEvent(
    'Email Delivered',
    {
      eventType: 'Delivery',
      delivery: {
        timestamp: '2026-11-28T16:00:02.000Z',
        processingTimeMillis: 1200,
        recipients: [email],
        smtpResponse: '250 2.6.0 Message received',
        reportingMTA: 'a8-70.smtp-out.amazonses.com',
      },
    },
    [email],
  );

/** The event of a campaign mail: SES echoes the message tag the worker set, beside its own tags. */
const ofCampaign = (event: ReturnType<typeof sesEvent>, campaignId: string) => ({
  ...event,
  detail: {
    ...event.detail,
    mail: { ...event.detail.mail, tags: { ...event.detail.mail.tags, campaign: [campaignId] } },
  },
});

describe('the SES events Lambda handler', () => {
  let t: CampaignTestHub;
  let handler: Handler;
  const context = lambdaContext('FiliereHubApp-SesEvents');
  const suppressionItem = async (email: string) =>
    (
      await t.clients.dynamo.send(
        new GetCommand({
          TableName: t.config.HUB_TABLE_NAME,
          Key: keys.suppression(email),
          ConsistentRead: true,
        }),
      )
    ).Item;

  // Rates are judged from the fifth mail on, so a handful of recipients can make a bounce storm.
  const pauseAfter = { HUB_CAMPAIGN_PAUSE_MIN_SENT: '5' };
  const campaignOf = async (id: string) => (await t.hub.campaignStore.get(id))!;
  /** A campaign to the given new subscribers, sent by the worker (the local queue drained). */
  const sendCampaign = async (recipients: string[], subject: string, worker = t.hub.campaignWorker) => {
    for (const email of recipients) await seedSubscriber(t, email, ['webinaires']);
    const id = await createCampaign(t, { subject });
    expect((await t.api(`/api/admin/campaigns/${id}/send`, { body: {} })).status).toBe(202);
    await t.drain((batch) => worker.handleBatch(batch));
    return id;
  };

  beforeAll(async () => {
    t = await lambdaEnvironment(await createCampaignHub({}, pauseAfter), pauseAfter);
    ({ handler } = await import('../../functions/lambda/ses-events.js'));
  });

  it('suppresses a permanently bounced address, and the hub then sends it nothing', async () => {
    const bounced = uniqueEmail('rebond');
    await handler(permanentBounce(bounced.toUpperCase()), context);

    expect(await suppressionItem(bounced)).toMatchObject({
      reason: 'bounce',
      suppressedAt: '2026-11-28T16:00:01.000Z',
    });
    const event = await publishedEvent(t);
    expect((await register(t, event, registrationBody({ email: bounced }))).status).toBe(201);
    expect(await mailsTo(bounced)).toEqual([]);
  });

  it('suppresses a complaining address and drops only that recipient from a mail', async () => {
    const complaining = uniqueEmail('plainte');
    const other = uniqueEmail('autre');
    await handler(complaint(complaining), context);

    expect(await suppressionItem(complaining)).toMatchObject({ reason: 'complaint' });
    await t.hub.mailer.send({
      to: [complaining, other],
      subject: 'Bonjour',
      html: '<p>Bonjour</p>',
      text: 'Bonjour',
    });
    expect(await mailsTo(complaining)).toEqual([]);
    expect((await mailsTo(other)).map((mail) => mail.subject)).toEqual(['Bonjour']);
  });

  it('counts soft bounces without suppressing', async () => {
    const full = uniqueEmail('boite-pleine');
    await handler(transientBounce(full), context);
    await handler(transientBounce(full), context);

    const item = await suppressionItem(full);
    expect(item).toMatchObject({ softBounces: 2 });
    expect(item?.reason).toBeUndefined();
    await t.hub.mailer.send({ to: [full], subject: 'Toujours là', html: '<p>…</p>', text: '…' });
    expect(await mailsTo(full)).toHaveLength(1);
  });

  it('counts a delivery for the campaign named by the tag, once however often SES reports it', async () => {
    const reader = uniqueEmail('remis');
    const id = await sendCampaign([reader], `Lettre ${uniqueEmail('remise')}`);
    expect((await campaignOf(id)).stats).toMatchObject({ sent: 1, delivered: 0 });

    // EventBridge delivers at least once: the same event may come twice.
    const event = ofCampaign(delivery(reader), id);
    await handler(event, context);
    await handler(event, context);

    expect((await campaignOf(id)).stats).toMatchObject({ sent: 1, delivered: 1, bounced: 0 });
    expect(await suppressionItem(reader)).toBeUndefined();
  });

  it('leaves every campaign alone for mail that is not a campaign mail (no campaign tag)', async () => {
    const former = uniqueEmail('ancien-lecteur');
    const id = await sendCampaign([former], `Lettre ${uniqueEmail('ancienne')}`);
    const before = (await campaignOf(id)).stats;

    // A registration confirmation, then its hard bounce: neither is the old campaign's.
    await handler(delivery(former), context);
    await handler(permanentBounce(former), context);

    expect((await campaignOf(id)).stats).toEqual(before);
    expect(before).toMatchObject({ delivered: 0, bounced: 0 });
    expect(before.sent).toBeGreaterThan(0);
    expect(await suppressionItem(former)).toMatchObject({ reason: 'bounce' });
  });

  it('counts nothing for a tagged event about an address the campaign never mailed', async () => {
    const reader = uniqueEmail('lecteur');
    const stranger = uniqueEmail('inconnu');
    const id = await sendCampaign([reader], `Lettre ${uniqueEmail('etrangere')}`);
    const before = (await campaignOf(id)).stats;

    await handler(ofCampaign(delivery(stranger), id), context);
    await handler(ofCampaign(permanentBounce(stranger), id), context);

    expect((await campaignOf(id)).stats).toEqual(before);
    expect(before).toMatchObject({ delivered: 0, bounced: 0 });
    expect(await suppressionItem(stranger)).toMatchObject({ reason: 'bounce' });
  });

  it('pauses a sending campaign hit by a bounce storm, and tells staff by mail', async () => {
    const recipients = Array.from({ length: 25 }, () => uniqueEmail('tempete'));
    const subject = `Lettre ${uniqueEmail('tempete')}`;
    let storm = false;
    // The bounces of the first ten mails come back (through the Lambda handler) before the next chunk goes out.
    const worker = new CampaignWorker({
      ...t.hub.campaignWorkerDeps,
      pauseIfUnhealthy: async (campaign) => {
        if (!storm) {
          storm = true;
          const mailed = [];
          for (const email of recipients)
            if ((await t.hub.campaignStore.markersFor(email)).length) mailed.push(email);
          for (const email of mailed.slice(0, 3))
            await handler(ofCampaign(permanentBounce(email), campaign.id), context);
        }
        return t.hub.campaignWorkerDeps.pauseIfUnhealthy(campaign);
      },
    });

    const id = await sendCampaign(recipients, subject, worker);

    const campaign = await campaignOf(id);
    expect(campaign.status).toBe('paused');
    expect(campaign.pausedReason).toContain('taux de rebond');
    expect(campaign.stats).toMatchObject({ sent: 10, bounced: 3 });
    const notices = (await mailsTo(TEST_STAFF_EMAIL)).filter(
      (mail) => mail.subject === `Campagne en pause : ${subject}`,
    );
    expect(notices).toHaveLength(1);
  });

  it('rejects an event that is not an SES record, so that EventBridge parks it in the DLQ', async () => {
    await expect(
      handler({ id: 'x', time: '2026-11-28T16:00:00Z', detail: { hello: 'world' } }, context),
    ).rejects.toThrow();
  });
});
