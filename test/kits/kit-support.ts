import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { TestHub } from '../support/test-hub.js';
import { S3BlobStore } from '../../functions/blobs/s3-blob-store.js';
import { createS3Client } from '../../functions/blobs/s3-client.js';
import { FixedClock } from '../../functions/shared/clock.js';
import {
  postSignIn,
  requestMagicLink,
  sessionCookieFrom,
  tokenFrom,
  type RecordingSignInMails,
} from '../support/auth.js';

/**
 * The hub's blob store, signing as if it were `msAgo` earlier: the store signs with the real clock
 * (the local S3 checks against it), so an expired URL needs an explicitly earlier signing clock.
 */
export function blobsSigningEarlier(t: TestHub, msAgo: number): S3BlobStore {
  return new S3BlobStore(createS3Client(t.config), t.config.HUB_KITS_BUCKET, {
    publicOrigin: t.hub.blobs.publicOrigin,
    signingClock: new FixedClock(new Date(Date.now() - msAgo)),
  });
}

export function jsonInit(cookie: string | undefined, body?: unknown, method = 'POST'): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

export async function createOrganisation(t: TestHub, staff: string, name: string): Promise<string> {
  const response = await t.app.request('/api/admin/organisations', jsonInit(staff, { name }));
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Invites a member and signs them in by magic link (the hub must record sign-in mails). */
export async function signInAsMember(
  t: TestHub,
  staff: string,
  organisationId: string,
  email: string,
): Promise<string> {
  const invited = await t.app.request(
    `/api/admin/organisations/${organisationId}/members`,
    jsonInit(staff, { email, name: 'Membre Test' }),
  );
  expect(invited.status).toBe(201);
  const mails = t.hub.signInMails as RecordingSignInMails;
  const before = mails.sent.length;
  await requestMagicLink(t, email);
  const link = mails.sent.slice(before).find((sent) => sent.to === email);
  const callback = await postSignIn(t, tokenFrom(link!.url));
  expect(callback.status).toBe(303);
  return sessionCookieFrom(callback);
}

export async function createKit(
  t: TestHub,
  staff: string,
  body: { title: string; description?: string; audience: unknown },
): Promise<{ id: string; slug: string }> {
  const response = await t.app.request('/api/admin/kits', jsonInit(staff, { description: '', ...body }));
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; slug: string };
}

export async function newVersion(t: TestHub, staff: string, kitId: string, notes?: string): Promise<number> {
  const response = await t.app.request(
    `/api/admin/kits/${kitId}/versions`,
    jsonInit(staff, notes ? { notes } : undefined),
  );
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { version: number }).version;
}

export interface UploadedAsset {
  assetId: string;
  sha256: string;
}

/** Announces the file, PUTs its bytes to the presigned URL like the browser does, confirms. */
export async function uploadAsset(
  t: TestHub,
  staff: string,
  kitId: string,
  version: number,
  file: { name: string; contentType: string; body: Buffer | string },
): Promise<UploadedAsset & { name: string }> {
  const body = Buffer.from(file.body);
  const ticket = await t.app.request(
    `/api/admin/kits/${kitId}/versions/${version}/assets`,
    jsonInit(staff, { name: file.name, contentType: file.contentType, size: body.length }),
  );
  expect(ticket.status, await ticket.clone().text()).toBe(201);
  const { assetId, uploadUrl } = (await ticket.json()) as { assetId: string; uploadUrl: string };
  const put = await fetch(uploadUrl, { method: 'PUT', body, headers: { 'content-type': file.contentType } });
  expect(put.status).toBe(200);
  const confirmed = await t.app.request(
    `/api/admin/kits/${kitId}/versions/${version}/assets/${assetId}/complete`,
    jsonInit(staff),
  );
  expect(confirmed.status, await confirmed.clone().text()).toBe(200);
  const asset = (await confirmed.json()) as { sha256: string; name: string };
  return { assetId, sha256: asset.sha256, name: asset.name };
}

export async function publish(t: TestHub, staff: string, kitId: string, version: number): Promise<void> {
  const response = await t.app.request(
    `/api/admin/kits/${kitId}/versions/${version}/publish`,
    jsonInit(staff),
  );
  expect(response.status, await response.clone().text()).toBe(200);
}

export function sha256(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex');
}

export const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
