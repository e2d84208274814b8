import type { HubConfig } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { S3BlobStore } from '../blobs/s3-blob-store.js';
import { createS3Client } from '../blobs/s3-client.js';

export interface KitParts {
  blobs: BlobStore;
}

/** The kits capability's share of the composition root (kept here so hub.ts only gains one line). */
export function buildKitParts(
  config: HubConfig,
  deps: { clock: Clock; blobs?: BlobStore | undefined },
): KitParts {
  const blobs =
    deps.blobs ??
    new S3BlobStore(createS3Client(config), config.HUB_KITS_BUCKET, deps.clock, {
      publicOrigin: config.S3_ENDPOINT
        ? new URL(config.S3_ENDPOINT).origin
        : `https://${config.HUB_KITS_BUCKET}.s3.${config.AWS_REGION}.amazonaws.com`,
    });
  return { blobs };
}
