import type { Readable } from 'node:stream';

export interface BlobHead {
  size: number;
  contentType?: string;
}

export interface PresignedGetOptions {
  /** At most 15 minutes (kits): downloads are only ever handed out right after an access check. */
  expiresInSeconds: number;
  /** Offered to the browser as the saved file's name (Content-Disposition: attachment). */
  filename?: string;
  /** Shown inline (covers, thumbnails) instead of saved. */
  inline?: boolean;
  contentType?: string;
}

export interface PresignedPutOptions {
  contentType: string;
  /** Signed into the URL: the store refuses a body of any other length. */
  contentLength: number;
  expiresInSeconds: number;
}

export interface MultipartUpload {
  uploadId: string;
  /** One presigned PUT per part, in order; every part but the last is `partSize` bytes. */
  parts: { partNumber: number; url: string }[];
  partSize: number;
}

export const MAX_PRESIGN_SECONDS = 15 * 60;
/** A 5 GB replay video goes up for hours: the replays' store allows part URLs this long. */
export const MAX_REPLAY_PRESIGN_SECONDS = 6 * 3600;

/** Object storage for kit files and ZIPs. Keys are built by the caller and never contain user input. */
export interface BlobStore {
  /** Streams a body of unknown length into the store (multipart under the hood: memory stays flat). */
  put(key: string, body: Readable | Uint8Array | string, contentType: string): Promise<void>;
  head(key: string): Promise<BlobHead | undefined>;
  read(key: string): Promise<Readable>;
  presignGet(key: string, options: PresignedGetOptions): Promise<string>;
  presignPut(key: string, options: PresignedPutOptions): Promise<string>;
  /** For large uploads from the browser: parts are PUT to presigned URLs, then `completeMultipart`. */
  startMultipart(
    key: string,
    options: { contentType: string; size: number; partSize: number; expiresInSeconds: number },
  ): Promise<MultipartUpload>;
  completeMultipart(
    key: string,
    uploadId: string,
    parts: { partNumber: number; etag: string }[],
  ): Promise<void>;
  delete(key: string): Promise<void>;
  /** Origin the browser reaches presigned URLs at (for the page's Content-Security-Policy). */
  readonly publicOrigin: string;
}
