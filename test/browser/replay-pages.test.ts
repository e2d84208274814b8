import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { replayToken } from '../../functions/replays/replay-link.js';
import { signInAsStaff } from '../support/auth.js';
import { uniqueEmail } from '../support/test-hub.js';
import { jsonInit } from '../kits/kit-support.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage } from './journeys.js';

const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(2048, 1)]);
const VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nBienvenue.\n';

describe('the replay pages in Chromium', () => {
  let h: BrowserHarness;
  let staff: string;
  let event: HubEvent;
  let registrationId: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await signInAsStaff(h);
    event = await publishedEvent(h, { title: 'Journée technique : tri des aimants' });
    const registered = await register(h, event, registrationBody({ email: uniqueEmail('replay') }));
    registrationId = ((await registered.json()) as { id: string }).id;
    const created = await h.app.request(
      `/api/admin/events/${event.id}/replays`,
      jsonInit(staff, { title: 'Ouverture et table ronde' }),
    );
    const { id: replayId } = (await created.json()) as { id: string };
    const ticket = await h.app.request(
      `/api/admin/events/${event.id}/replays/${replayId}/files`,
      jsonInit(staff, { kind: 'video', name: 'ouverture.mp4', contentType: 'video/mp4', size: MP4.length }),
    );
    const { fileId, uploadUrl } = (await ticket.json()) as { fileId: string; uploadUrl: string };
    await fetch(uploadUrl, {
      method: 'PUT',
      body: new Uint8Array(MP4),
      headers: { 'content-type': 'video/mp4' },
    });
    const complete = await h.app.request(
      `/api/admin/events/${event.id}/replays/${replayId}/files/${fileId}/complete`,
      jsonInit(staff),
    );
    expect(complete.status).toBe(200);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('warns while the video has no captions, uploads them with progress, publishes; axe clean at 360 px', async () => {
    const page = await h.newPage();
    const [name, value] = staff.split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: h.baseUrl }]);
    await page.goto(`/admin/evenements/${event.id}/replays`);
    await expect.poll(() => page.getByText('Cette vidéo n’a pas de sous-titres').count()).toBe(1);
    await checkPage(page, 'replays-gestion');

    await page.getByLabel('Type de fichier').selectOption('captions');
    await page.getByLabel('Fichier', { exact: true }).setInputFiles({
      name: 'sous-titres.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.from(VTT),
    });
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expect
      .poll(() => page.getByText('Cette vidéo n’a pas de sous-titres').count(), { timeout: 15_000 })
      .toBe(0);

    await page.getByRole('button', { name: /Publier les replays/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Replays publiés');
  });

  it('shows a registrant the player with its captions track; axe clean at 360 px', async () => {
    const page = await h.newPage();
    const token = replayToken(h.hub.signer, { eventId: event.id, registrationId });
    await page.goto(`/evenements/${event.slug}/replay?token=${encodeURIComponent(token)}`);
    expect(await page.locator('video track[kind="captions"]').count()).toBe(1);
    await checkPage(page, 'replay-inscrit');
  });
});
