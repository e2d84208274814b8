import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { presignGet } from '../../functions/blobs/presign-get.js';
import { bucketLocation, S3RVER_CREDENTIALS } from '../../functions/blobs/public-origin.js';
import { previewToken, replayToken } from '../../functions/replays/replay-link.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { signInAsStaff } from '../support/auth.js';
import { mailsTo } from '../support/ses-store.js';
import { jsonInit } from '../kits/kit-support.js';
import { resolveAudience } from '../../functions/campaigns/campaign-audience.js';
import type { EventAudience } from '../../functions/campaigns/campaign.js';
import { DynamoReplayAdminStore } from '../../functions/replays/dynamo-replay-admin-store.js';
import { DynamoReplayStore } from '../../functions/replays/dynamo-replay-store.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// The smallest files each check accepts: an MP4 `ftyp` box, a WebVTT header, a PDF header.
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(4096, 7)]);
const VTT = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nBonjour à toutes et à tous.\n');
const PDF = Buffer.from('%PDF-1.7\n% présentation\n%%EOF\n');

describe('replays for registrants', () => {
  // The domain clock runs days ahead of the real one so that the event is over; presigned URLs use the real clock.
  const clock = new FixedClock(new Date());
  let t: TestHub;
  let staff: string;
  let event: HubEvent;
  let replayId: string;
  const confirmed = uniqueEmail('inscrite');
  let confirmedId: string;
  const stranger = uniqueEmail('inconnu');

  const api = (path: string, body?: unknown, method = 'POST') =>
    t.app.request(path, jsonInit(staff, body, method));

  async function upload(kind: string, name: string, contentType: string, bytes: Buffer) {
    const ticket = await api(`/api/admin/events/${event.id}/replays/${replayId}/files`, {
      kind,
      name,
      contentType,
      size: bytes.length,
    });
    expect(ticket.status).toBe(201);
    const { fileId, uploadUrl } = (await ticket.json()) as { fileId: string; uploadUrl: string };
    const put = await fetch(uploadUrl, {
      method: 'PUT',
      body: new Uint8Array(bytes),
      headers: { 'content-type': contentType },
    });
    expect(put.status).toBe(200);
    const complete = await api(`/api/admin/events/${event.id}/replays/${replayId}/files/${fileId}/complete`);
    return { fileId, complete };
  }

  function tokenOf(registrationId: string, eventId = event.id) {
    return replayToken(t.hub.signer, { eventId, registrationId });
  }

  beforeAll(async () => {
    t = await createTestHub({ clock });
    event = await publishedEvent(t, { title: 'Webinaire : <b>recyclage</b> des aimants' });
    const registered = await register(t, event, registrationBody({ email: confirmed }));
    expect(registered.status).toBe(201);
    confirmedId = ((await registered.json()) as { id: string }).id;
    clock.set(new Date(new Date(event.endsAt).getTime() + DAY));
    staff = await signInAsStaff(t);

    const created = await api(`/api/admin/events/${event.id}/replays`, { title: 'Session plénière' });
    expect(created.status).toBe(201);
    replayId = ((await created.json()) as { id: string }).id;
  });

  it('refuses markup in a title and stores nothing', async () => {
    const response = await api(`/api/admin/events/${event.id}/replays`, {
      title: '<script>alert(1)</script>',
    });
    expect(response.status).toBe(400);
    const list = (await (await api(`/api/admin/events/${event.id}/replays`, undefined, 'GET')).json()) as {
      items: { title: string }[];
    };
    expect(list.items.map((item) => item.title)).toEqual(['Session plénière']);
  });

  it('refuses captions that are not WebVTT and a PDF that is not a PDF, deleting what was uploaded', async () => {
    const captions = await upload(
      'captions',
      'sous-titres.vtt',
      'text/vtt',
      Buffer.from('1\n00:00:00,000 --> x\n'),
    );
    expect(captions.complete.status).toBe(400);
    const slides = await upload(
      'slides',
      'supports.pdf',
      'application/pdf',
      Buffer.from('<html>pas un PDF</html>'),
    );
    expect(slides.complete.status).toBe(400);
    const video = await upload('video', 'replay.mp4', 'video/mp4', Buffer.from('GIF89a pas une vidéo'));
    expect(video.complete.status).toBe(400);

    for (const { fileId } of [captions, slides, video])
      expect(await t.hub.blobs.head(`replays/${event.id}/${replayId}/${fileId}`)).toBeUndefined();
    const list = (await (await api(`/api/admin/events/${event.id}/replays`, undefined, 'GET')).json()) as {
      items: { files: unknown[] }[];
    };
    expect(list.items[0]!.files).toEqual([]);
  });

  it('refuses a type that does not fit the kind of file', async () => {
    const response = await api(`/api/admin/events/${event.id}/replays/${replayId}/files`, {
      kind: 'captions',
      name: 'sous-titres.srt',
      contentType: 'application/x-subrip',
      size: 10,
    });
    expect(response.status).toBe(400);
  });

  it('says a video has no captions until they are uploaded', async () => {
    expect((await upload('video', 'replay.mp4', 'video/mp4', MP4)).complete.status).toBe(200);
    const before = (await (await api(`/api/admin/events/${event.id}/replays`, undefined, 'GET')).json()) as {
      items: { missingCaptions: boolean }[];
    };
    expect(before.items[0]!.missingCaptions).toBe(true);

    expect((await upload('captions', 'sous-titres.vtt', 'text/vtt', VTT)).complete.status).toBe(200);
    expect((await upload('slides', 'supports.pdf', 'application/pdf', PDF)).complete.status).toBe(200);
    const after = (await (await api(`/api/admin/events/${event.id}/replays`, undefined, 'GET')).json()) as {
      items: { missingCaptions: boolean; files: { kind: string; status: string }[] }[];
    };
    expect(after.items[0]!.missingCaptions).toBe(false);
    expect(after.items[0]!.files.map((file) => file.kind).sort()).toEqual(['captions', 'slides', 'video']);
  });

  it('shows nothing to registrants before publication', async () => {
    const page = await t.app.request(`/evenements/${event.slug}/replay?token=${tokenOf(confirmedId)}`);
    expect(page.status).toBe(404);
  });

  /** The card of the event on the past events' list, in French or English. */
  async function pastCard(path: string): Promise<string> {
    const html = await (await t.app.request(path)).text();
    const start = html.indexOf(`/${event.slug}"`);
    expect(start).toBeGreaterThan(0);
    return html.slice(start, html.indexOf('</li>', start));
  }

  it('publishes and mails each confirmed registrant a personal link, once even if published twice', async () => {
    expect(await pastCard('/evenements/passes')).not.toContain('Replay disponible');
    const first = await api(`/api/admin/events/${event.id}/replays/publish`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ published: 1, mailed: 1 });
    const second = await api(`/api/admin/events/${event.id}/replays/publish`);
    expect(await second.json()).toEqual({ published: 1, mailed: 0 });

    const mails = (await mailsTo(confirmed)).filter((mail) =>
      mail.subject.startsWith('Le replay est en ligne'),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body.text).toContain(`/evenements/${event.slug}/replay?token=`);
  });

  it('says on the past events’ list, in both languages, that the replays are published', async () => {
    expect(await pastCard('/evenements/passes')).toContain('Replay disponible');
    expect(await pastCard('/en/events/past')).toContain('Replay available');
  });

  it('opens the page for the registrant’s link, plays the video with its captions track, lists the slides', async () => {
    const response = await t.app.request(`/evenements/${event.slug}/replay?token=${tokenOf(confirmedId)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<video');
    expect(html).toContain('<track kind="captions"');
    expect(html).toContain('supports.pdf');
    expect(html).not.toContain('<b>recyclage</b>');
    expect(response.headers.get('content-security-policy')).toContain('media-src');
  });

  it('answers 404 to a stranger, a forged token and another event’s token', async () => {
    const other = await publishedEvent(t, { title: 'Autre webinaire' });
    const strangerId = 'inconnu';
    for (const query of [
      '',
      `?token=${tokenOf(strangerId)}`,
      `?token=${tokenOf(confirmedId).slice(0, -2)}xx`,
      `?token=${tokenOf(confirmedId, other.id)}`,
    ]) {
      expect((await t.app.request(`/evenements/${event.slug}/replay${query}`)).status).toBe(404);
      expect((await t.app.request(`/evenements/${event.slug}/replay/${replayId}/video${query}`)).status).toBe(
        404,
      );
    }
    expect(stranger).toBeTruthy();
  });

  it('opens the page for a staff session', async () => {
    const response = await t.app.request(`/evenements/${event.slug}/replay`, { headers: { cookie: staff } });
    expect(response.status).toBe(200);
  });

  it('redirects the video to a presigned URL valid HUB_REPLAY_URL_SECONDS that seeks with range requests', async () => {
    const response = await t.app.request(
      `/evenements/${event.slug}/replay/${replayId}/video?token=${tokenOf(confirmedId)}`,
    );
    expect(response.status).toBe(302);
    const url = new URL(response.headers.get('location')!);
    expect(url.pathname).toContain('/replays/');
    expect(url.searchParams.get('X-Amz-Expires')).toBe(String(t.config.HUB_REPLAY_URL_SECONDS));
    expect(t.config.HUB_REPLAY_URL_SECONDS).toBe(3 * 3600);

    const ranged = await fetch(url, { headers: { range: 'bytes=4-11' } });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).toString('latin1')).toBe('ftypisom');
  });

  it('lets the local S3 refuse the same URL once its lifetime is over', async () => {
    const key = `replays/${event.id}/${replayId}`;
    const files = (await (await api(`/api/admin/events/${event.id}/replays`, undefined, 'GET')).json()) as {
      items: { files: { id: string; kind: string }[] }[];
    };
    const video = files.items[0]!.files.find((file) => file.kind === 'video')!;
    const sign = (msAgo: number) =>
      presignGet(bucketLocation(t.config), {
        key: `${key}/${video.id}`,
        expiresInSeconds: t.config.HUB_REPLAY_URL_SECONDS,
        now: new Date(Date.now() - msAgo),
        credentials: S3RVER_CREDENTIALS,
      });
    expect((await fetch(sign(t.config.HUB_REPLAY_URL_SECONDS * 1000 - 60_000))).status).toBe(200);
    expect((await fetch(sign(t.config.HUB_REPLAY_URL_SECONDS * 1000 + 60_000))).status).toBe(403);
  });

  it('serves the captions as text/vtt', async () => {
    const response = await t.app.request(
      `/evenements/${event.slug}/replay/${replayId}/captions?token=${tokenOf(confirmedId)}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/vtt/);
    expect(await response.text()).toBe(VTT.toString());
  });

  it('audits each opening, each play and each slide download once, with the person’s address', async () => {
    const before = await views();
    const token = tokenOf(confirmedId);
    clock.advance(1000);
    await t.app.request(`/evenements/${event.slug}/replay?token=${token}`);
    clock.advance(1000);
    await t.app.request(`/evenements/${event.slug}/replay/${replayId}/video?token=${token}`);
    clock.advance(1000);
    const listed = (await (await api(`/api/admin/events/${event.id}/replays`, undefined, 'GET')).json()) as {
      items: { files: { id: string; kind: string }[] }[];
    };
    const slidesId = listed.items[0]!.files.find((file) => file.kind === 'slides')!.id;
    const slides = await t.app.request(
      `/evenements/${event.slug}/replay/${replayId}/slides/${slidesId}?token=${token}`,
    );
    expect(slides.status).toBe(302);
    // Staff previews are not views.
    await t.app.request(`/evenements/${event.slug}/replay/${replayId}/video`, { headers: { cookie: staff } });

    const added = (await views()).slice(before.length);
    expect(added.map((view) => [view.kind, view.email])).toEqual([
      ['page', confirmed],
      ['video', confirmed],
      ['slides', confirmed],
    ]);
    const csv = await api(`/api/admin/events/${event.id}/replays/views.csv`, undefined, 'GET');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain(confirmed);
  });

  it('takes registrations after the end for the replay when the event allows it, and mails the link', async () => {
    const closed = await register(t, event, registrationBody({ email: uniqueEmail('trop-tard') }));
    expect(closed.status).toBe(410);

    await t.hub.events.patch(event.id, { replayRegistration: true });
    const late = uniqueEmail('replay');
    const response = await register(t, event, registrationBody({ email: late }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: 'replay' });
    const stored = await t.hub.eventStore.get(event.id);
    expect(stored!.confirmedCount).toBe(1);
    const mails = (await mailsTo(late)).filter((mail) => mail.subject.startsWith('Le replay est en ligne'));
    expect(mails).toHaveLength(1);
    expect(mails.some((mail) => mail.subject.startsWith('Inscription confirmée'))).toBe(false);
  });

  it('gives campaigns the replay viewers and the registrants who did not watch it', async () => {
    const table = t.config.HUB_TABLE_NAME;
    const store = new DynamoReplayAdminStore(
      new DynamoReplayStore(t.clients.dynamo, table),
      t.clients.dynamo,
      table,
    );
    const audience = async (who: EventAudience) =>
      (
        await resolveAudience(
          { event: { id: event.id, who } },
          {
            subscribers: t.hub.subscriberStore,
            registrations: t.hub.registrationStore,
            suppression: t.hub.suppression,
            eventEndsAt: async () => event.endsAt,
            replayViewers: (eventId) => store.viewerEmails(eventId),
          },
          clock.now(),
        )
      ).map((recipient) => recipient.email);
    const viewers = await audience('replay-viewers');
    const notViewed = await audience('registered-not-viewed');
    expect(viewers).toEqual([confirmed]);
    expect(notViewed.length).toBeGreaterThan(0);
    expect(notViewed).not.toContain(confirmed);
  });

  it('opens the files to a staff preview link until it expires, without auditing it', async () => {
    const before = (await views()).length;
    const valid = previewToken(t.hub.signer, event.id, new Date(clock.now().getTime() + HOUR));
    const expired = previewToken(t.hub.signer, event.id, new Date(clock.now().getTime() - 1000));
    const other = previewToken(t.hub.signer, 'autre-evenement', new Date(clock.now().getTime() + HOUR));
    const video = (token: string) =>
      t.app.request(`/evenements/${event.slug}/replay/${replayId}/video?token=${encodeURIComponent(token)}`);
    expect((await video(valid)).status).toBe(302);
    expect((await video(expired)).status).toBe(404);
    expect((await video(other)).status).toBe(404);
    expect((await views()).length).toBe(before);
  });

  it('exports the views with the person’s data and erases the address from them', async () => {
    const exported = await t.app.request(`/api/admin/people/${encodeURIComponent(confirmed)}/export`, {
      headers: { cookie: staff },
    });
    expect(exported.status).toBe(200);
    const data = (await exported.json()) as { replayViews?: { eventId: string; kind: string }[] };
    expect(data.replayViews?.map((view) => view.kind)).toContain('video');

    const erased = await t.app.request(`/api/admin/people/${encodeURIComponent(confirmed)}`, {
      method: 'DELETE',
      headers: { cookie: staff },
    });
    expect(erased.status).toBe(200);
    const left = await views();
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((view) => view.email === confirmed)).toEqual([]);
    // The erased registration's link opens nothing any more.
    expect(
      (await t.app.request(`/evenements/${event.slug}/replay?token=${tokenOf(confirmedId)}`)).status,
    ).toBe(404);
  });

  async function views() {
    const response = await api(`/api/admin/events/${event.id}/replays/views`, undefined, 'GET');
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: { kind: string; email?: string; at: string }[] }).items;
  }
});
