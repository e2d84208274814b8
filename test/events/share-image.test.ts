import { Jimp } from 'jimp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import { shareImageKey } from '../../functions/events/share-image-rules.js';
import type { BlobStore } from '../../functions/blobs/blob-store.js';
import { signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { client, technicalDayBody } from './fixtures.js';

const BASE = 'http://localhost:3000';

async function image(width: number, height: number, type: 'image/png' | 'image/jpeg'): Promise<Buffer> {
  return new Jimp({ width, height, color: 0x0b5394ff }).getBuffer(type);
}

/** The share tags and the JSON-LD image of a public page. */
async function shareTags(t: TestHub, path: string) {
  const html = await (await t.app.request(path)).text();
  const meta = (key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
  const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return {
    ogImage: meta('og:image'),
    ogType: meta('og:image:type'),
    ogWidth: meta('og:image:width'),
    ogHeight: meta('og:image:height'),
    twitterImage: meta('twitter:image'),
    ldImage: jsonLd ? (JSON.parse(jsonLd) as { image?: string }).image : undefined,
  };
}

describe('an event’s own share image', () => {
  let t: TestHub;
  let staff: ReturnType<typeof client>;
  let png1200: Buffer;

  beforeAll(async () => {
    t = await createTestHub();
    staff = client(t, await signInAsStaff(t));
    png1200 = await image(1200, 630, 'image/png');
  });

  async function published(): Promise<HubEvent> {
    const draft = await t.hub.events.create(technicalDayBody() as NewEvent);
    return t.hub.events.publish(draft.id);
  }

  /** Announces, PUTs the bytes as a browser does, confirms; the confirmation's answer. */
  async function upload(event: HubEvent, body: Buffer, contentType: string) {
    const ticket = await staff.post(`/api/admin/events/${event.id}/share-image`, {
      contentType,
      size: body.length,
    });
    expect(ticket.status, await ticket.clone().text()).toBe(201);
    const { imageId, uploadUrl } = (await ticket.json()) as { imageId: string; uploadUrl: string };
    const put = await fetch(uploadUrl, {
      method: 'PUT',
      body: new Uint8Array(body),
      headers: { 'content-type': contentType },
    });
    expect(put.status).toBe(200);
    const confirmed = await staff.post(`/api/admin/events/${event.id}/share-image/${imageId}/complete`);
    return { imageId, confirmed, key: shareImageKey(event.id, imageId) };
  }

  it('shows a 1200 × 630 PNG on the event’s page, in Open Graph, the Twitter card and the JSON-LD', async () => {
    const event = await published();
    const other = await published();
    const { confirmed } = await upload(event, png1200, 'image/png');
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    const { shareImageUrl } = (await confirmed.json()) as { shareImageUrl: string };
    expect(shareImageUrl).toMatch(new RegExp(`^${BASE}/evenements/${event.slug}/image-partage/\\w+\\.png$`));

    const tags = await shareTags(t, `/evenements/${event.slug}`);
    expect(tags).toEqual({
      ogImage: shareImageUrl,
      ogType: 'image/png',
      ogWidth: '1200',
      ogHeight: '630',
      twitterImage: shareImageUrl,
      ldImage: shareImageUrl,
    });
    const served = await t.app.request(new URL(shareImageUrl).pathname);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await served.arrayBuffer()).equals(png1200)).toBe(true);

    // Another event keeps the hub's image, in its JSON-LD too.
    expect(await shareTags(t, `/evenements/${other.slug}`)).toEqual({
      ogImage: `${BASE}/share.png`,
      ogType: 'image/png',
      ogWidth: '1200',
      ogHeight: '630',
      twitterImage: `${BASE}/share.png`,
      ldImage: `${BASE}/share.png`,
    });
  });

  it('replaces the image with a JPEG at a new address, deleting the old one; removing it restores the hub’s', async () => {
    const event = await published();
    const first = await upload(event, png1200, 'image/png');
    const firstUrl = ((await first.confirmed.json()) as { shareImageUrl: string }).shareImageUrl;
    const second = await upload(event, await image(1200, 630, 'image/jpeg'), 'image/jpeg');
    expect(second.confirmed.status).toBe(200);
    const secondUrl = ((await second.confirmed.json()) as { shareImageUrl: string }).shareImageUrl;
    expect(secondUrl).toMatch(/\.jpg$/);
    expect(secondUrl).not.toBe(firstUrl);
    expect((await shareTags(t, `/evenements/${event.slug}`)).ogType).toBe('image/jpeg');
    expect((await t.app.request(new URL(firstUrl).pathname)).status).toBe(404);
    expect(await t.hub.blobs.head(first.key)).toBeUndefined();

    const removed = await t.app.request(`/api/admin/events/${event.id}/share-image`, {
      method: 'DELETE',
      headers: { cookie: await signInAsStaff(t) },
    });
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as { shareImageUrl?: string }).shareImageUrl).toBeUndefined();
    expect((await shareTags(t, `/evenements/${event.slug}`)).ogImage).toBe(`${BASE}/share.png`);
    expect((await t.app.request(new URL(secondUrl).pathname)).status).toBe(404);
    expect(await t.hub.blobs.head(second.key)).toBeUndefined();
  });

  it('refuses and deletes what is not a PNG or JPEG of exactly 1200 × 630, keeping the image in place', async () => {
    const event = await published();
    const kept = await upload(event, png1200, 'image/png');
    const keptUrl = ((await kept.confirmed.json()) as { shareImageUrl: string }).shareImageUrl;
    const hostile: [string, Buffer, string][] = [
      ['too small', await image(1199, 630, 'image/png'), 'image/png'],
      ['square', await image(630, 630, 'image/jpeg'), 'image/jpeg'],
      ['not an image', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'.repeat(40)), 'image/png'],
      ['a PNG said to be a JPEG', png1200, 'image/jpeg'],
      // The right header over bytes that decode to nothing.
      ['a header alone', Buffer.concat([png1200.subarray(0, 33), Buffer.alloc(2000, 7)]), 'image/png'],
    ];
    for (const [label, body, type] of hostile) {
      const { confirmed, key } = await upload(event, body, type);
      expect(confirmed.status, label).toBe(400);
      const problem = (await confirmed.json()) as { errors?: Record<string, string[]> };
      expect(problem.errors?.image?.[0], label).toMatch(/\S/);
      expect(await t.hub.blobs.head(key), label).toBeUndefined();
    }
    expect((await shareTags(t, `/evenements/${event.slug}`)).ogImage).toBe(keptUrl);
    expect((await t.app.request(new URL(keptUrl).pathname)).status).toBe(200);
  });

  it('refuses an announcement of another type, an empty or oversized file, and confirmations out of order', async () => {
    const event = await published();
    const announce = (body: unknown) => staff.post(`/api/admin/events/${event.id}/share-image`, body);
    expect((await announce({ contentType: 'image/gif', size: 100 })).status).toBe(400);
    expect((await announce({ contentType: 'image/svg+xml', size: 100 })).status).toBe(400);
    expect((await announce({ contentType: 'image/png', size: 0 })).status).toBe(400);
    expect((await announce({ contentType: 'image/png', size: 50_000_000 })).status).toBe(400);
    expect((await announce({ contentType: 'image/png', size: 10, key: '../../x' })).status).toBe(400);
    expect(
      (await staff.post('/api/admin/events/inconnu/share-image', { contentType: 'image/png', size: 10 }))
        .status,
    ).toBe(404);
    expect(
      (
        await t.app.request(`/api/admin/events/${event.id}/share-image`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ contentType: 'image/png', size: 10 }),
        })
      ).status,
    ).toBe(401);

    const ticket = (await (await announce({ contentType: 'image/png', size: png1200.length })).json()) as {
      imageId: string;
    };
    // Not sent yet; an id the hub did not hand out.
    expect(
      (await staff.post(`/api/admin/events/${event.id}/share-image/${ticket.imageId}/complete`)).status,
    ).toBe(409);
    expect((await staff.post(`/api/admin/events/${event.id}/share-image/..%2F..%2Fx/complete`)).status).toBe(
      404,
    );
    expect((await staff.post(`/api/admin/events/${event.id}/share-image/autre/complete`)).status).toBe(404);
  });

  it('serves no image of a draft, and nothing at a forged path', async () => {
    const draft = await t.hub.events.create(technicalDayBody() as NewEvent);
    const { confirmed } = await upload(draft, png1200, 'image/png');
    const url = ((await confirmed.json()) as { shareImageUrl: string }).shareImageUrl;
    const path = new URL(url).pathname;
    expect((await t.app.request(path)).status).toBe(404);
    await t.hub.events.publish(draft.id);
    expect((await t.app.request(path)).status).toBe(200);
    for (const forged of [
      path.replace(/\.png$/, '.jpg'),
      path.replace(/\/[^/]+$/, '/..%2F..%2Fshare.png'),
      `/evenements/inconnu/image-partage/${path.split('/').pop()}`,
    ])
      expect((await t.app.request(forged)).status, forged).toBe(404);
  });

  it('keeps one image when the same upload is confirmed twice at once', async () => {
    const event = await published();
    const ticket = (await (
      await staff.post(`/api/admin/events/${event.id}/share-image`, {
        contentType: 'image/png',
        size: png1200.length,
      })
    ).json()) as { imageId: string; uploadUrl: string };
    await fetch(ticket.uploadUrl, {
      method: 'PUT',
      body: new Uint8Array(png1200),
      headers: { 'content-type': 'image/png' },
    });
    const answers = await Promise.all(
      [1, 2].map(() => staff.post(`/api/admin/events/${event.id}/share-image/${ticket.imageId}/complete`)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const stored = await t.hub.events.get(event.id);
    expect(stored.shareImage?.id).toBe(ticket.imageId);
    expect(await t.hub.blobs.head(shareImageKey(event.id, ticket.imageId))).toBeDefined();
  });

  it('replaces the image even when the object store fails to delete the old one', async () => {
    const failingDeletes: BlobStore = Object.assign(Object.create(t.hub.blobs) as BlobStore, {
      delete: () => Promise.reject(new Error('S3 unavailable')),
    });
    const faulty = await createTestHub({ blobs: failingDeletes });
    const faultyStaff = client(faulty, await signInAsStaff(faulty));
    const draft = await faulty.hub.events.create(technicalDayBody() as NewEvent);
    const event = await faulty.hub.events.publish(draft.id);
    for (const type of ['image/png', 'image/jpeg'] as const) {
      const body = await image(1200, 630, type);
      const ticket = (await (
        await faultyStaff.post(`/api/admin/events/${event.id}/share-image`, {
          contentType: type,
          size: body.length,
        })
      ).json()) as { imageId: string; uploadUrl: string };
      await fetch(ticket.uploadUrl, {
        method: 'PUT',
        body: new Uint8Array(body),
        headers: { 'content-type': type },
      });
      const confirmed = await faultyStaff.post(
        `/api/admin/events/${event.id}/share-image/${ticket.imageId}/complete`,
      );
      expect(confirmed.status, type).toBe(200);
    }
    expect((await faulty.hub.events.get(event.id)).shareImage?.contentType).toBe('image/jpeg');
  });
});
