import { logger } from '../shared/logger.js';
import { MAX_THUMBNAIL_SOURCE_PIXELS, THUMBNAIL_BOX } from './asset-rules.js';
import { declaredSize } from './image-header.js';

/**
 * A preview that fits within 320×320 (aspect ratio kept, never enlarged), in the source's own format
 * (PNG keeps transparency, JPEG stays small). Undefined — and logged — for an image too large to decode
 * safely or that cannot be decoded: the upload is still confirmed, without a thumbnail.
 */
export async function makeThumbnail(
  bytes: Uint8Array,
  contentType: 'image/png' | 'image/jpeg',
): Promise<Buffer | undefined> {
  const size = declaredSize(bytes, contentType);
  if (!size || size.width === 0 || size.height === 0) {
    logger.warn('image header unreadable: no thumbnail', { contentType });
    return undefined;
  }
  if (size.width * size.height > MAX_THUMBNAIL_SOURCE_PIXELS) {
    logger.info('image too large for a thumbnail', { ...size });
    return undefined;
  }
  try {
    // Imported here, not at the top: jimp is left out of every Lambda bundle but the staff API's
    // (lib/lambda-bundling.ts), and a bundle hoists the static imports of the modules it inlines.
    const { Jimp } = await import('jimp');
    const image = await Jimp.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (image.width > THUMBNAIL_BOX || image.height > THUMBNAIL_BOX)
      image.scaleToFit({ w: THUMBNAIL_BOX, h: THUMBNAIL_BOX });
    return contentType === 'image/png'
      ? await image.getBuffer('image/png')
      : await image.getBuffer('image/jpeg', { quality: 82 });
  } catch (error) {
    logger.warn('image not decodable: no thumbnail', { error, contentType });
    return undefined;
  }
}
