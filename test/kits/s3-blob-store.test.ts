import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { newId } from '../../functions/shared/ids.js';
import { blobsSigningEarlier } from './kit-support.js';

describe('S3 blob store against the local S3', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
  });

  it('stores a stream of unknown length byte for byte (no aws-chunked framing inside)', async () => {
    const key = `test/${newId()}`;
    const chunks = Array.from({ length: 3 }, (_, index) => Buffer.alloc(3 * 1024 * 1024, index + 65));
    const expected = createHash('sha256');
    for (const chunk of chunks) expected.update(chunk);

    await t.hub.blobs.put(key, Readable.from(chunks), 'application/octet-stream');

    const hash = createHash('sha256');
    for await (const chunk of await t.hub.blobs.read(key)) hash.update(chunk as Buffer);
    expect(hash.digest('hex')).toBe(expected.digest('hex'));
    expect(await t.hub.blobs.head(key)).toMatchObject({ size: 9 * 1024 * 1024 });
  });

  it('answers undefined for a missing object', async () => {
    expect(await t.hub.blobs.head(`test/${newId()}`)).toBeUndefined();
  });

  it('accepts a presigned PUT whose signature covers the declared length and type', async () => {
    const key = `test/${newId()}`;
    const url = await t.hub.blobs.presignPut(key, {
      contentType: 'text/plain',
      contentLength: 5,
      expiresInSeconds: 60,
    });

    const right = await fetch(url, {
      method: 'PUT',
      body: 'salut',
      headers: { 'content-type': 'text/plain' },
    });

    // s3rver does not check v4 signatures: S3 enforces the signed length, the hub re-checks on confirmation.
    expect(new URL(url).searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(right.status).toBe(200);
    expect(await text(await t.hub.blobs.read(key))).toBe('salut');
  });

  it('serves a presigned GET with the file name as an attachment', async () => {
    const key = `test/${newId()}`;
    await t.hub.blobs.put(key, 'contenu', 'text/plain');

    const url = await t.hub.blobs.presignGet(key, { expiresInSeconds: 60, filename: 'Charte « 2025 ».txt' });
    const response = await fetch(url);

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('contenu');
    expect(response.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''Charte%20%C2%AB%202025%20%C2%BB.txt",
    );
  });

  it('refuses a presigned GET once it has expired', async () => {
    const past = blobsSigningEarlier(t, 16 * 60 * 1000);
    const key = `test/${newId()}`;
    await t.hub.blobs.put(key, 'contenu', 'text/plain');

    const url = await past.presignGet(key, { expiresInSeconds: 15 * 60 });
    const response = await fetch(url);

    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Request has expired');
  });

  it('never signs for more than 15 minutes', async () => {
    await expect(t.hub.blobs.presignGet('x', { expiresInSeconds: 15 * 60 + 1 })).rejects.toThrow();
  });

  it('assembles a multipart upload from presigned part PUTs', async () => {
    const key = `test/${newId()}`;
    const partSize = 5 * 1024 * 1024;
    const body = Buffer.alloc(partSize + 10, 7);
    const upload = await t.hub.blobs.startMultipart(key, {
      contentType: 'application/pdf',
      size: body.length,
      partSize,
      expiresInSeconds: 60,
    });

    const etags = [];
    for (const part of upload.parts) {
      const slice = body.subarray((part.partNumber - 1) * partSize, part.partNumber * partSize);
      const response = await fetch(part.url, { method: 'PUT', body: slice });
      expect(response.status).toBe(200);
      etags.push({ partNumber: part.partNumber, etag: response.headers.get('etag') ?? '' });
    }
    await t.hub.blobs.completeMultipart(key, upload.uploadId, etags);

    expect(upload.parts).toHaveLength(2);
    expect(await t.hub.blobs.head(key)).toMatchObject({
      size: partSize + 10,
      contentType: 'application/pdf',
    });
  });
});
