import type { Readable } from 'node:stream';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { systemClock, type Clock } from '../shared/clock.js';
import {
  MAX_PRESIGN_SECONDS,
  type BlobHead,
  type BlobStore,
  type MultipartUpload,
  type PresignedGetOptions,
  type PresignedPutOptions,
} from './blob-store.js';
import { contentDisposition } from './content-disposition.js';

/** Streamed uploads buffer at most this many parts of 5 MiB at once. */
const UPLOAD_QUEUE = 2;
const UPLOAD_PART_SIZE = 5 * 1024 * 1024;

export class S3BlobStore implements BlobStore {
  readonly publicOrigin: string;
  /**
   * S3 checks a presigned URL against its own time, so URLs are signed with the real clock, never
   * the hub's domain clock (which tests and jobs may set); a test may pass a past one to see expiry.
   */
  private readonly signingClock: Clock;
  private readonly maxPresignSeconds: number;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    options: { publicOrigin: string; signingClock?: Clock; maxPresignSeconds?: number },
  ) {
    this.publicOrigin = options.publicOrigin;
    this.signingClock = options.signingClock ?? systemClock;
    this.maxPresignSeconds = options.maxPresignSeconds ?? MAX_PRESIGN_SECONDS;
  }

  async put(key: string, body: Readable | Uint8Array | string, contentType: string): Promise<void> {
    await new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: contentType },
      queueSize: UPLOAD_QUEUE,
      partSize: UPLOAD_PART_SIZE,
      leavePartsOnError: false,
    }).done();
  }

  async head(key: string): Promise<BlobHead | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        size: head.ContentLength ?? 0,
        ...(head.ContentType ? { contentType: head.ContentType } : {}),
      };
    } catch (error) {
      if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return undefined;
      throw error;
    }
  }

  async read(key: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return object.Body as Readable;
  }

  async presignGet(key: string, options: PresignedGetOptions): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ...(options.filename
        ? { ResponseContentDisposition: contentDisposition(options.filename, options.inline ?? false) }
        : {}),
      ...(options.contentType ? { ResponseContentType: options.contentType } : {}),
    });
    return getSignedUrl(this.client, command, this.signingOptions(options.expiresInSeconds));
  }

  async presignPut(key: string, options: PresignedPutOptions): Promise<string> {
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ContentType: options.contentType,
      ContentLength: options.contentLength,
    });
    // Signing the length makes S3 refuse any other body; the hub still checks the size on confirmation.
    return getSignedUrl(
      this.client,
      command,
      this.signingOptions(options.expiresInSeconds, new Set(['content-type', 'content-length'])),
    );
  }

  async startMultipart(
    key: string,
    options: { contentType: string; size: number; partSize: number; expiresInSeconds: number },
  ): Promise<MultipartUpload> {
    const { UploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: options.contentType }),
    );
    if (!UploadId) throw new Error('S3 did not return an upload id');
    const count = Math.ceil(options.size / options.partSize);
    const parts = await Promise.all(
      Array.from({ length: count }, async (_, index) => ({
        partNumber: index + 1,
        url: await getSignedUrl(
          this.client,
          new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId, PartNumber: index + 1 }),
          this.signingOptions(options.expiresInSeconds),
        ),
      })),
    );
    return { uploadId: UploadId, parts, partSize: options.partSize };
  }

  async completeMultipart(
    key: string,
    uploadId: string,
    parts: { partNumber: number; etag: string }[],
  ): Promise<void> {
    await this.client.send(
      new CompleteMultipartUploadCommand({
        Bucket: this.bucket,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: parts.map((part) => ({ PartNumber: part.partNumber, ETag: part.etag })) },
      }),
    );
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  private signingOptions(expiresInSeconds: number, signableHeaders?: Set<string>) {
    if (expiresInSeconds <= 0 || expiresInSeconds > this.maxPresignSeconds)
      throw new Error(`presigned URL lifetime out of range: ${expiresInSeconds}s`);
    return {
      expiresIn: expiresInSeconds,
      signingDate: this.signingClock.now(),
      ...(signableHeaders ? { signableHeaders } : {}),
    };
  }
}
