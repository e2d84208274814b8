import type { BlobStore } from '../blobs/blob-store.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Speaker } from './speaker.js';
import type { SpeakerAdminStore } from './speaker-store.js';
import {
  checkPhotoAnnouncement,
  hasPhotoSignature,
  photoThumbnailKey,
  type PhotoType,
} from './speaker-rules.js';

export const PHOTO_UPLOAD_SECONDS = 15 * 60;
export const PHOTO_URL_SECONDS = 5 * 60;

export type NewSpeaker = Pick<Speaker, 'name' | 'publicationConsent'> &
  Partial<Pick<Speaker, 'role' | 'organisation' | 'bio' | 'email'>>;

/** A staff edit: absent = unchanged, null = removed. */
export type SpeakerPatch = {
  name?: string;
  publicationConsent?: boolean;
} & { [K in 'role' | 'organisation' | 'bio' | 'email']?: string | null };

/** Makes a preview of a photo (undefined when it cannot): the kits' thumbnail maker, handed over as a port. */
export type ThumbnailMaker = (bytes: Uint8Array, contentType: PhotoType) => Promise<Uint8Array | undefined>;

export interface SpeakerServiceDeps {
  store: SpeakerAdminStore;
  blobs: BlobStore;
  thumbnails: ThumbnailMaker;
  clock: Clock;
}

/** Speakers, as staff manage them; the public only ever reads consenting ones, through the programme. */
export class SpeakerService {
  constructor(private readonly deps: SpeakerServiceDeps) {}

  async create(input: NewSpeaker): Promise<Speaker> {
    const now = this.deps.clock.now();
    const speaker: Speaker = {
      ...input,
      id: newId(now),
      consentChangedAt: now.toISOString(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await this.deps.store.put(speaker, { create: true });
    return speaker;
  }

  async list(): Promise<Speaker[]> {
    return (await this.deps.store.list()).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  async get(id: string): Promise<Speaker> {
    const speaker = await this.deps.store.get(id);
    if (!speaker) throw new NotFoundError('Intervenant inconnu.');
    return speaker;
  }

  async patch(id: string, patch: SpeakerPatch): Promise<Speaker> {
    const before = await this.get(id);
    const merged: Record<string, unknown> = { ...before };
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (value === null) delete merged[field];
      else merged[field] = value;
    }
    const now = this.deps.clock.now().toISOString();
    const after = {
      ...(merged as unknown as Speaker),
      updatedAt: now,
      ...(patch.publicationConsent !== undefined && patch.publicationConsent !== before.publicationConsent
        ? { consentChangedAt: now }
        : {}),
    };
    if (!(await this.deps.store.put(after, { create: false })))
      throw new NotFoundError('Intervenant inconnu.');
    return after;
  }

  /** Removes the speaker and their photo; sessions that named them simply no longer show them. */
  async delete(id: string): Promise<void> {
    const speaker = await this.get(id);
    if (!(await this.deps.store.delete(id))) throw new NotFoundError('Intervenant inconnu.');
    await this.deletePhotoBlobs(speaker);
  }

  /** The ids among these that name no speaker. */
  async unknownIds(ids: string[]): Promise<string[]> {
    const found = new Set((await this.deps.store.getMany(ids)).map((speaker) => speaker.id));
    return ids.filter((id) => !found.has(id));
  }

  /** Every speaker record holding this address (RGPD export and erasure). */
  async withEmail(email: string): Promise<Speaker[]> {
    return (await this.deps.store.list()).filter((speaker) => speaker.email === email);
  }

  /** Announces a photo: a presigned PUT of exactly this type and size, confirmed by `confirmPhoto`. */
  async requestPhotoUpload(id: string, input: { contentType: string; size: number }): Promise<string> {
    const contentType = checkPhotoAnnouncement(input);
    const speaker = await this.get(id);
    const blobKey = `speakers/${id}/photo-${newId(this.deps.clock.now())}`;
    await this.save({
      ...speaker,
      photo: { blobKey, contentType, size: input.size, status: 'pending' },
      updatedAt: this.deps.clock.now().toISOString(),
    });
    if (speaker.photo) await this.deletePhotoBlobs(speaker);
    return this.deps.blobs.presignPut(blobKey, {
      contentType,
      contentLength: input.size,
      expiresInSeconds: PHOTO_UPLOAD_SECONDS,
    });
  }

  /**
   * Checks the stored bytes (announced size and type, and an image signature of that type: anything else is
   * deleted and refused), makes the thumbnail, and marks the photo ready.
   */
  async confirmPhoto(id: string): Promise<Speaker> {
    const speaker = await this.get(id);
    const photo = speaker.photo;
    if (!photo) throw new NotFoundError('Aucune photo annoncée pour cet intervenant.');
    if (photo.status === 'ready') return speaker;
    const head = await this.deps.blobs.head(photo.blobKey);
    if (!head)
      throw new ConflictError(
        'La photo n’a pas encore été reçue : envoyez-la, puis confirmez.',
        'fichier-absent',
      );
    const chunks: Buffer[] = [];
    if (head.size === photo.size)
      for await (const chunk of await this.deps.blobs.read(photo.blobKey)) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    if (
      head.size !== photo.size ||
      bytes.length !== photo.size ||
      !hasPhotoSignature(bytes, photo.contentType)
    ) {
      await this.deps.blobs.delete(photo.blobKey);
      const { photo: _refused, ...withoutPhoto } = speaker;
      await this.save({ ...withoutPhoto, updatedAt: this.deps.clock.now().toISOString() });
      throw new ValidationError(
        { photo: ['Le fichier reçu n’est pas une image du type annoncé : il a été supprimé.'] },
        'La photo a été refusée.',
      );
    }
    const thumbnail = await this.deps.thumbnails(bytes, photo.contentType);
    const thumbnailKey = thumbnail ? photoThumbnailKey(photo.blobKey, photo.contentType) : undefined;
    if (thumbnail && thumbnailKey) await this.deps.blobs.put(thumbnailKey, thumbnail, photo.contentType);
    const now = this.deps.clock.now().toISOString();
    const ready: Speaker = {
      ...speaker,
      photo: { ...photo, status: 'ready', uploadedAt: now, ...(thumbnailKey ? { thumbnailKey } : {}) },
      updatedAt: now,
    };
    await this.save(ready);
    return ready;
  }

  /** A short-lived URL of the photo (or its thumbnail), for the staff pages. */
  async photoUrl(id: string, { thumbnail = false } = {}): Promise<string> {
    const photo = (await this.get(id)).photo;
    if (photo?.status !== 'ready') throw new NotFoundError('Pas de photo.');
    return this.deps.blobs.presignGet(thumbnail ? (photo.thumbnailKey ?? photo.blobKey) : photo.blobKey, {
      expiresInSeconds: PHOTO_URL_SECONDS,
      inline: true,
      contentType: photo.contentType,
    });
  }

  private async save(speaker: Speaker): Promise<void> {
    if (!(await this.deps.store.put(speaker, { create: false })))
      throw new NotFoundError('Intervenant inconnu.');
  }

  private async deletePhotoBlobs(speaker: Speaker): Promise<void> {
    if (!speaker.photo) return;
    await this.deps.blobs.delete(speaker.photo.blobKey);
    if (speaker.photo.thumbnailKey) await this.deps.blobs.delete(speaker.photo.thumbnailKey);
  }
}
