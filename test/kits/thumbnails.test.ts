import { Jimp } from 'jimp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { declaredSize } from '../../functions/kits/image-header.js';
import { makeThumbnail } from '../../functions/kits/image-thumbnail.js';
import {
  createKit,
  createOrganisation,
  newVersion,
  publish,
  signInAsMember,
  uploadAsset,
} from './kit-support.js';

async function picture(width: number, height: number, mime: 'image/png' | 'image/jpeg'): Promise<Buffer> {
  const image = new Jimp({ width, height, color: 0x3366ccff });
  return image.getBuffer(mime);
}

/** A PNG whose header claims another size than its pixels (the CRC no longer matches). */
function withDeclaredSize(png: Buffer, width: number, height: number): Buffer {
  const forged = Buffer.from(png);
  forged.writeUInt32BE(width, 16);
  forged.writeUInt32BE(height, 20);
  return forged;
}

describe('thumbnails of image assets', () => {
  let t: TestHub;
  let staff: string;
  let member: string;
  let outsider: string;
  let kit: { id: string; slug: string };
  const assets: Record<string, { assetId: string; body: Buffer }> = {};

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = await signInAsStaff(t);
    const open = await createOrganisation(t, staff, 'Organisation invitée');
    const closed = await createOrganisation(t, staff, 'Organisation tenue à l’écart');
    member = await signInAsMember(t, staff, open, uniqueEmail('vignette-a'));
    outsider = await signInAsMember(t, staff, closed, uniqueEmail('vignette-b'));
    kit = await createKit(t, staff, { title: 'Vignettes', audience: { organisations: [open] } });
    const version = await newVersion(t, staff, kit.id);
    const png = await picture(800, 400, 'image/png');
    const files = {
      png: { name: 'bandeau.png', contentType: 'image/png', body: png },
      jpeg: { name: 'photo.jpg', contentType: 'image/jpeg', body: await picture(600, 900, 'image/jpeg') },
      corrupt: {
        name: 'abime.png',
        contentType: 'image/png',
        body: Buffer.concat([png.subarray(0, 40), Buffer.from('pas des pixels')]),
      },
      oversize: {
        name: 'immense.png',
        contentType: 'image/png',
        body: withDeclaredSize(png, 10_000, 8_000),
      },
    };
    for (const [label, file] of Object.entries(files))
      assets[label] = {
        assetId: (await uploadAsset(t, staff, kit.id, version, file)).assetId,
        body: file.body,
      };
    await publish(t, staff, kit.id, version);
  });

  async function recorded(label: string) {
    const [latest] = await t.hub.kits.versionsWithAssets(kit.id);
    return latest!.assets.find((asset) => asset.id === assets[label]!.assetId)!;
  }

  async function preview(label: string, cookie?: string): Promise<Response> {
    return t.app.request(`/api/kits/${kit.slug}/assets/${assets[label]!.assetId}/preview`, {
      headers: cookie ? { cookie } : {},
    });
  }

  async function served(label: string): Promise<Buffer> {
    const response = await preview(label, member);
    expect(response.status).toBe(302);
    const fetched = await fetch(response.headers.get('location')!);
    expect(fetched.status).toBe(200);
    return Buffer.from(await fetched.arrayBuffer());
  }

  it.each([
    ['png', 'image/png', 320, 160],
    ['jpeg', 'image/jpeg', 213, 320],
  ] as const)(
    'stores a %s thumbnail next to the asset, within 320×320 with its aspect ratio',
    async (label, mime, width, height) => {
      const asset = await recorded(label);

      const stored = await t.hub.blobs.head(asset.thumbnailKey!);
      const thumbnail = await Jimp.fromBuffer(await served(label));

      expect(asset.thumbnailKey).toBe(`${asset.blobKey}.thumb.${label === 'png' ? 'png' : 'jpg'}`);
      expect(asset.previewKey).toBe(asset.thumbnailKey);
      expect(stored?.contentType).toBe(mime);
      expect(thumbnail.mime).toBe(mime);
      expect(thumbnail.width).toBeCloseTo(width, 0);
      expect(thumbnail.height).toBeCloseTo(height, 0);
    },
  );

  it('serves the thumbnail only to those who may see the kit', async () => {
    const outside = await preview('png', outsider);
    const anonymous = await preview('png');

    expect(outside.status).toBe(404);
    expect(anonymous.status).toBe(404);
  });

  it('confirms a corrupt image without a thumbnail, keeping the file itself as preview', async () => {
    const asset = await recorded('corrupt');

    expect(asset.status).toBe('ready');
    expect(asset.thumbnailKey).toBeUndefined();
    expect(await t.hub.blobs.head(`${asset.blobKey}.thumb.png`)).toBeUndefined();
    expect(await served('corrupt')).toEqual(assets.corrupt!.body);
  });

  it('makes no thumbnail for an image declaring more than 40 megapixels', async () => {
    const asset = await recorded('oversize');

    expect(asset.status).toBe('ready');
    expect(asset.thumbnailKey).toBeUndefined();
    expect(await t.hub.blobs.head(`${asset.blobKey}.thumb.png`)).toBeUndefined();
  });
});

describe('thumbnail bounds', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(['image/png', 'image/jpeg'] as const)('reads the size a %s declares', async (mime) => {
    expect(declaredSize(await picture(37, 21, mime), mime)).toEqual({ width: 37, height: 21 });
  });

  it('does not even decode an image declaring more than 40 megapixels', async () => {
    const decode = vi.spyOn(Jimp, 'fromBuffer');
    const forged = withDeclaredSize(await picture(10, 10, 'image/png'), 8_000, 5_001);

    const thumbnail = await makeThumbnail(forged, 'image/png');

    expect(thumbnail).toBeUndefined();
    expect(decode).not.toHaveBeenCalled();
  });

  it('keeps a small image at its own size', async () => {
    const thumbnail = await makeThumbnail(await picture(120, 80, 'image/png'), 'image/png');

    const decoded = await Jimp.fromBuffer(thumbnail!);
    expect([decoded.width, decoded.height]).toEqual([120, 80]);
  });
});
