import { beforeAll, describe, expect, it } from 'vitest';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier } from '../registrations/fixtures.js';
import { personWithEverything } from './rgpd-fixtures.js';

describe('GET /api/admin/people/{email}/export', () => {
  let t: TestHub;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestHub({ notifier: new RecordingNotifier(), signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
  });

  it('hands over every kind of data the hub keeps about the address, as an attachment', async () => {
    const email = uniqueEmail('export');
    const seeded = await personWithEverything(t, email);

    const response = await t.app.request(
      `/api/admin/people/${encodeURIComponent(email.toUpperCase())}/export`,
      {
        headers: { cookie },
      },
    );

    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="donnees-personnelles-/,
    );
    const data = await response.json();
    expect(data).toMatchObject({
      email,
      newsletter: {
        status: 'confirmed',
        topics: ['webinaires'],
        tracking: true,
        consent: { source: 'newsletter-api', textVersion: 'v1' },
      },
      registrations: [
        {
          eventId: seeded.event.id,
          eventTitle: seeded.event.title,
          registrationId: seeded.registrationId,
          status: 'confirmed',
          checkedInAt: null,
        },
      ],
      suppression: { reason: null, softBounces: 1 },
      campaignsAuthored: [seeded.skippedCampaign],
      partnerMembership: { organisationId: seeded.organisation.id, organisationName: 'MagREEsource' },
      kits: { downloads: [{ kitId: seeded.kitId, version: 1 }], follows: [{ kitId: seeded.kitId }] },
    });
    expect(data.newsletter.consent.confirmedAt).toEqual(expect.any(String));
    expect(data.campaigns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          campaignId: seeded.sentCampaign,
          subject: 'Lettre de novembre',
          state: 'sent',
          openedAt: expect.any(String),
          clickedAt: null,
        }),
        expect.objectContaining({ campaignId: seeded.skippedCampaign, state: 'skipped' }),
      ]),
    );
    expect(data.signIns).toEqual([
      expect.objectContaining({ kind: 'magic-link', expiresAt: expect.any(String) }),
    ]);
    expect(JSON.stringify(data)).not.toMatch(/MAGIC#|SESSION#|"pk"/);
  });

  it('answers an unknown address with an empty export', async () => {
    const email = uniqueEmail('inconnue');

    const response = await t.app.request(`/api/admin/people/${encodeURIComponent(email)}/export`, {
      headers: { cookie },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      email,
      newsletter: null,
      registrations: [],
      campaigns: [],
    });
  });
});
