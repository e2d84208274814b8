import type { BlobStore, MultipartUpload } from './blob-store.js';

export interface UploadUrls {
  uploadUrl: string;
  /** Above the threshold: the presigned PUT of each part (the single PUT stays, for clients that prefer it). */
  multipart?: MultipartUpload;
}

/** The presigned URLs a browser uploads one object with: a PUT, and its parts when it is large. */
export async function uploadUrls(
  blobs: BlobStore,
  key: string,
  file: { contentType: string; size: number },
  options: { multipartAbove: number; partSize: number; expiresInSeconds: number },
): Promise<UploadUrls> {
  const uploadUrl = await blobs.presignPut(key, {
    contentType: file.contentType,
    contentLength: file.size,
    expiresInSeconds: options.expiresInSeconds,
  });
  if (file.size <= options.multipartAbove) return { uploadUrl };
  const multipart = await blobs.startMultipart(key, {
    contentType: file.contentType,
    size: file.size,
    partSize: options.partSize,
    expiresInSeconds: options.expiresInSeconds,
  });
  return { uploadUrl, multipart };
}
