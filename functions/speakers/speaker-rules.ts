import { ValidationError } from '../shared/errors.js';

export const PHOTO_TYPES = ['image/png', 'image/jpeg'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

const SIGNATURES: Record<PhotoType, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** A photo is announced before it is sent: a PNG or JPEG of at most 5 MB. */
export function checkPhotoAnnouncement(input: { contentType: string; size: number }): PhotoType {
  const type = PHOTO_TYPES.find((candidate) => candidate === input.contentType);
  const errors: Record<string, string[]> = {};
  if (!type) errors.contentType = ['La photo doit être une image PNG ou JPEG.'];
  if (!(input.size > 0) || input.size > MAX_PHOTO_BYTES)
    errors.size = [`La photo doit peser au plus ${MAX_PHOTO_BYTES / 1024 / 1024} Mo.`];
  if (!type || Object.keys(errors).length) throw new ValidationError(errors);
  return type;
}

/** The stored bytes begin as the announced type's files do: a renamed file of another kind is refused. */
export function hasPhotoSignature(bytes: Uint8Array, contentType: PhotoType): boolean {
  return SIGNATURES[contentType].every((byte, index) => bytes[index] === byte);
}

/** The thumbnail sits next to the photo, in its format. */
export function photoThumbnailKey(blobKey: string, contentType: PhotoType): string {
  return `${blobKey}.thumb.${contentType === 'image/png' ? 'png' : 'jpg'}`;
}
