import { PassThrough } from 'node:stream';
import yazl from 'yazl';
import type { BlobStore } from '../blobs/blob-store.js';
import { zipEntryNames } from './asset-rules.js';
import type { KitAsset } from './kit.js';

/** Already-compressed formats gain nothing from deflate: storing them saves CPU. */
const STORED = /^(image\/(png|jpeg|webp)|video\/|application\/vnd\.openxmlformats|application\/vnd\.oasis)/;

/**
 * Streams the assets, one after the other, from the store into a ZIP that streams back into the store:
 * at no point is a whole file (or the archive) held in memory, whatever the kit's size.
 */
export async function writeVersionZip(blobs: BlobStore, assets: KitAsset[], key: string): Promise<number> {
  const zip = new yazl.ZipFile();
  const names = zipEntryNames(assets.map((asset) => asset.name));
  // A Node Readable for the store's streamed upload; pipe() keeps yazl paused while S3 catches up.
  const output = new PassThrough();
  zip.outputStream.pipe(output);
  const stored = blobs.put(key, output, 'application/zip');
  assets.forEach((asset, index) => {
    zip.addReadStreamLazy(
      names[index]!,
      {
        size: asset.size,
        compress: !STORED.test(asset.contentType),
        mtime: new Date(asset.uploadedAt ?? asset.createdAt),
      },
      (callback) => {
        blobs.read(asset.blobKey).then(
          (stream) => callback(null, stream),
          (error: unknown) => callback(error, undefined as never),
        );
      },
    );
  });
  zip.end();
  await stored;
  const head = await blobs.head(key);
  if (!head) throw new Error(`ZIP not stored at ${key}`);
  return head.size;
}
