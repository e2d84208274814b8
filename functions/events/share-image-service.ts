import type { BlobStore } from '../blobs/blob-store.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { logger } from '../shared/logger.js';
import { declaredSize, type ImageSize } from '../kits/image-header.js';
import type { EventShareImage, HubEvent } from './event.js';
import type { EventAdminStore } from './event-store.js';
import { assertCanEdit } from './events-rules.js';
import {
  MAX_SHARE_IMAGE_BYTES,
  SHARE_IMAGE_TYPES,
  isShareImageType,
  shareImageKey,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  type ShareImageType,
} from './share-image-rules.js';

export const SHARE_IMAGE_UPLOAD_SECONDS = 15 * 60;
const SHARE_IMAGE_PREVIEW_SECONDS = 10 * 60;

export interface ShareImageTicket {
  imageId: string;
  uploadUrl: string;
}

export interface ShareImageServiceDeps {
  store: EventAdminStore;
  blobs: BlobStore;
  clock: Clock;
}

/**
 * An event's own share image: announced, sent by the browser straight to the object store (presigned PUT, as a
 * kit file), then confirmed, when the hub checks the stored bytes are a PNG or JPEG of 1200 × 630 and deletes
 * them otherwise. The image replaces the hub's default one on the event's page.
 */
export class EventShareImageService {
  constructor(private readonly deps: ShareImageServiceDeps) {}

  async startUpload(
    eventId: string,
    input: { contentType: string; size: number },
  ): Promise<ShareImageTicket> {
    const event = await this.editable(eventId);
    const fields: Record<string, string[]> = {};
    if (!isShareImageType(input.contentType)) fields.contentType = ['Envoyez une image PNG ou JPEG.'];
    if (!(Number.isInteger(input.size) && input.size > 0 && input.size <= MAX_SHARE_IMAGE_BYTES))
      fields.size = [`L’image doit peser au plus ${MAX_SHARE_IMAGE_BYTES / 1_000_000} Mo.`];
    if (Object.keys(fields).length || !isShareImageType(input.contentType))
      throw new ValidationError(fields, 'Cette image ne peut pas servir d’image de partage.');
    const upload: EventShareImage = {
      id: newId(this.deps.clock.now()),
      contentType: input.contentType,
      size: input.size,
      uploadedAt: this.deps.clock.now().toISOString(),
    };
    await this.deps.store.update(event.id, {
      changes: { shareImageUpload: upload },
      updatedAt: upload.uploadedAt,
      expectedStatus: event.status,
    });
    const uploadUrl = await this.deps.blobs.presignPut(shareImageKey(event.id, upload.id), {
      contentType: upload.contentType,
      contentLength: upload.size,
      expiresInSeconds: SHARE_IMAGE_UPLOAD_SECONDS,
    });
    return { imageId: upload.id, uploadUrl };
  }

  /** Checks the received bytes; a refused image is deleted, an accepted one replaces (and deletes) the last. */
  async confirmUpload(eventId: string, imageId: string): Promise<HubEvent> {
    const event = await this.editable(eventId);
    const upload = event.shareImageUpload;
    if (event.shareImage?.id === imageId) return event;
    if (!upload || upload.id !== imageId)
      throw new NotFoundError('Cet envoi d’image est inconnu ou a été remplacé par un autre.');
    const key = shareImageKey(event.id, upload.id);
    const head = await this.deps.blobs.head(key);
    if (!head)
      throw new ConflictError(
        'L’image n’a pas encore été reçue : envoyez-la, puis confirmez.',
        'fichier-absent',
      );
    const refusal =
      head.size !== upload.size || (head.contentType && head.contentType !== upload.contentType)
        ? 'L’image reçue ne correspond pas à la taille ou au type annoncés.'
        : await this.imageRefusal(await this.bytes(key), upload.contentType);
    if (refusal) {
      await this.deps.blobs.delete(key);
      await this.deps.store.update(event.id, {
        changes: { shareImageUpload: null },
        updatedAt: this.deps.clock.now().toISOString(),
      });
      throw new ValidationError({ image: [refusal] }, 'Cette image ne peut pas servir d’image de partage.');
    }
    const updated = await this.deps.store.update(event.id, {
      changes: { shareImage: upload, shareImageUpload: null },
      updatedAt: this.deps.clock.now().toISOString(),
      expectedStatus: event.status,
    });
    if (event.shareImage) await this.deleteQuietly(event.id, event.shareImage);
    return updated;
  }

  /** Back to the hub's default image. */
  async remove(eventId: string): Promise<HubEvent> {
    const event = await this.editable(eventId);
    const updated = await this.deps.store.update(event.id, {
      changes: { shareImage: null },
      updatedAt: this.deps.clock.now().toISOString(),
      expectedStatus: event.status,
    });
    if (event.shareImage) await this.deleteQuietly(event.id, event.shareImage);
    return updated;
  }

  /**
   * The image at its public path (`{id}.{png|jpg}`), for an event the public sees; a draft's, a replaced one
   * or an unknown one is not found.
   */
  async publicImage(slug: string, file: string): Promise<{ image: EventShareImage; bytes: Uint8Array }> {
    const event = await this.deps.store.getBySlug(slug);
    const image = event?.shareImage;
    if (
      !event ||
      event.status === 'draft' ||
      !image ||
      file !== `${image.id}.${SHARE_IMAGE_TYPES[image.contentType]}`
    )
      throw new NotFoundError('Cette image est introuvable.');
    return { image, bytes: await this.bytes(shareImageKey(event.id, image.id)) };
  }

  /** The header says what the image claims to be; decoding it proves it is one (a header alone is not). */
  private async imageRefusal(bytes: Uint8Array, contentType: EventShareImage['contentType']) {
    const refusal = shareImageRefusal(bytes, contentType);
    if (refusal) return refusal;
    try {
      // Imported here, as for kit thumbnails: jimp stays out of every bundle but the staff API's.
      const { Jimp } = await import('jimp');
      const image = await Jimp.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return shareImageRefusal(bytes, contentType, { width: image.width, height: image.height });
    } catch {
      return 'Le fichier reçu ne se lit pas comme une image.';
    }
  }

  /** A short-lived address of the event's image for the staff form: a draft's image is not served publicly. */
  async staffPreviewUrl(event: HubEvent): Promise<string | undefined> {
    const image = event.shareImage;
    if (!image) return undefined;
    return this.deps.blobs.presignGet(shareImageKey(event.id, image.id), {
      expiresInSeconds: SHARE_IMAGE_PREVIEW_SECONDS,
      inline: true,
      contentType: image.contentType,
    });
  }

  private async editable(eventId: string): Promise<HubEvent> {
    const event = await this.deps.store.get(eventId);
    if (!event) throw new NotFoundError('Cet événement est introuvable.');
    assertCanEdit(event);
    return event;
  }

  /** At most MAX_SHARE_IMAGE_BYTES: announced sizes are capped, and checked against the stored ones. */
  private async bytes(key: string): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.deps.blobs.read(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** The event already points elsewhere: a leftover object only costs storage, so it never fails the change. */
  private async deleteQuietly(eventId: string, image: EventShareImage): Promise<void> {
    try {
      await this.deps.blobs.delete(shareImageKey(eventId, image.id));
    } catch (error) {
      logger.error('could not delete a replaced share image', { error: error as Error, eventId });
    }
  }
}

/**
 * Why the received bytes are not a share image (a French message), or undefined when they are one: from the
 * size their header declares, or the size they `decoded` to.
 */
function shareImageRefusal(
  bytes: Uint8Array,
  contentType: ShareImageType,
  decoded?: ImageSize,
): string | undefined {
  const size = decoded ?? declaredSize(bytes, contentType);
  if (!size) return `Le fichier reçu n’est pas une image ${contentType === 'image/png' ? 'PNG' : 'JPEG'}.`;
  if (size.width !== SHARE_IMAGE_WIDTH || size.height !== SHARE_IMAGE_HEIGHT)
    return `L’image mesure ${size.width} × ${size.height} pixels : il faut exactement ${SHARE_IMAGE_WIDTH} × ${SHARE_IMAGE_HEIGHT}.`;
  return undefined;
}
