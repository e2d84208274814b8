import type { Clock } from '../shared/clock.js';
import { systemClock } from '../shared/clock.js';
import type { PresignedGetOptions } from './blob-store.js';
import { contentDisposition } from './content-disposition.js';
import { presignGet, type ObjectLocation, type SigningCredentials } from './presign-get.js';

/** Presigned GETs of the bucket's objects, for the public routes (no S3 client there). */
export interface ObjectUrls {
  presignGet(key: string, options: PresignedGetOptions): Promise<string>;
}

/**
 * Signs with the function's own credentials. S3 checks a URL against its own time, so the signing clock is the
 * real one (a test may pass a past one to see expiry).
 */
export class SigV4ObjectUrls implements ObjectUrls {
  constructor(
    private readonly location: ObjectLocation,
    private readonly credentials: () => Promise<SigningCredentials>,
    private readonly signingClock: Clock = systemClock,
  ) {}

  async presignGet(key: string, options: PresignedGetOptions): Promise<string> {
    return presignGet(this.location, {
      key,
      expiresInSeconds: options.expiresInSeconds,
      now: this.signingClock.now(),
      credentials: await this.credentials(),
      responseHeaders: {
        ...(options.contentType ? { contentType: options.contentType } : {}),
        ...(options.filename
          ? { contentDisposition: contentDisposition(options.filename, options.inline ?? false) }
          : {}),
      },
    });
  }
}
