import { MAX_REPLAY_PRESIGN_SECONDS, type BlobStore } from '../blobs/blob-store.js';
import { uploadUrls, type UploadUrls } from '../blobs/upload-ticket.js';
import type { HubEvent } from '../events/event.js';
import type { EventAdminStore, EventReader } from '../events/event-store.js';
import type { RegistrationReader } from '../registrations/registration-store.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import {
  REPLAY_MULTIPART_THRESHOLD,
  REPLAY_PART_SIZE,
  SIGNATURE_BYTES,
  checkReplayUpload,
  signatureMatches,
} from './replay-file-rules.js';
import { seesReplays } from './replay-rules.js';
import type { ReplayService, ReplayWithFiles } from './replay-service.js';
import type { ReplayAdminStore } from './replay-store.js';
import type { Replay, ReplayFile, ReplayFileKind, ReplayView } from './replay.js';

/** A 5 GB video goes up in parts for hours: its part URLs must outlive the upload. */
const UPLOAD_URL_SECONDS = MAX_REPLAY_PRESIGN_SECONDS;

export interface NewReplay {
  sessionId?: string;
  title: string;
  videoUrl?: string;
  durationSeconds?: number;
}

export interface ReplayUploadTicket extends UploadUrls {
  fileId: string;
}

export interface ReplayAdminServiceDeps {
  store: ReplayAdminStore;
  events: EventReader & Pick<EventAdminStore, 'update'>;
  registrations: RegistrationReader;
  blobs: BlobStore;
  clock: Clock;
}

/** Staff attach replays to an event, upload their files, publish them (mailing the links) and read the views. */
export class ReplayAdminService {
  constructor(
    private readonly replays: ReplayService,
    private readonly deps: ReplayAdminServiceDeps,
  ) {}

  async createReplay(eventId: string, input: NewReplay): Promise<Replay> {
    await this.event(eventId);
    const now = this.deps.clock.now();
    // The session is kept as given: the programme (issue #16, sessions) will check it belongs to the event.
    const replay: Replay = {
      id: newId(now),
      eventId,
      ...(input.sessionId ? { sessionId: input.sessionId } : {}),
      title: input.title,
      ...(input.videoUrl ? { videoUrl: input.videoUrl } : {}),
      ...(input.durationSeconds !== undefined ? { durationSeconds: input.durationSeconds } : {}),
      status: 'draft',
      createdAt: now.toISOString(),
    };
    await this.deps.store.createReplay(replay);
    return replay;
  }

  /** Every replay of the event, drafts included, with its ready files; oldest first. */
  async listReplays(
    eventId: string,
  ): Promise<{ event: HubEvent; replays: (ReplayWithFiles & { pending: ReplayFile[] })[] }> {
    const event = await this.event(eventId);
    const [replays, files] = await Promise.all([
      this.deps.store.listReplays(eventId),
      this.deps.store.listFiles(eventId),
    ]);
    return {
      event,
      replays: replays
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((replay) => {
          const own = files
            .filter((file) => file.replayId === replay.id)
            .sort((a, b) => (a.uploadedAt ?? a.createdAt).localeCompare(b.uploadedAt ?? b.createdAt));
          const ready = own.filter((file) => file.status === 'ready');
          const last = (kind: ReplayFileKind) => ready.filter((file) => file.kind === kind).at(-1);
          const video = last('video');
          const captions = last('captions');
          return {
            replay,
            ...(video ? { video } : {}),
            ...(captions ? { captions } : {}),
            slides: ready.filter((file) => file.kind === 'slides'),
            pending: own.filter((file) => file.status === 'pending'),
          };
        }),
    };
  }

  async requestUpload(
    eventId: string,
    replayId: string,
    input: { kind: ReplayFileKind; name: string; contentType: string; size: number },
  ): Promise<ReplayUploadTicket> {
    const { name } = checkReplayUpload(input);
    await this.replay(eventId, replayId);
    const now = this.deps.clock.now();
    const id = newId(now);
    const blobKey = `replays/${eventId}/${replayId}/${id}`;
    await this.deps.store.addFile({
      id,
      eventId,
      replayId,
      kind: input.kind,
      name,
      contentType: input.contentType,
      size: input.size,
      status: 'pending',
      blobKey,
      createdAt: now.toISOString(),
    });
    const urls = await uploadUrls(this.deps.blobs, blobKey, input, {
      multipartAbove: REPLAY_MULTIPART_THRESHOLD,
      partSize: REPLAY_PART_SIZE,
      expiresInSeconds: UPLOAD_URL_SECONDS,
    });
    return { fileId: id, ...urls };
  }

  /**
   * Checks what the store received: the announced size and type, then the bytes' signature (MP4 `ftyp` or WebM
   * for a video, `WEBVTT` for captions, `%PDF-` for slides). Anything else is deleted with its record: 400.
   */
  async confirmUpload(
    eventId: string,
    replayId: string,
    fileId: string,
    multipart?: { uploadId: string; parts: { partNumber: number; etag: string }[] },
  ): Promise<ReplayFile> {
    const file = await this.deps.store.getFile(eventId, replayId, fileId);
    if (!file) throw new NotFoundError('Fichier inconnu.');
    if (file.status === 'ready') return file;
    if (multipart) await this.deps.blobs.completeMultipart(file.blobKey, multipart.uploadId, multipart.parts);
    const head = await this.deps.blobs.head(file.blobKey);
    if (!head)
      throw new ConflictError(
        'Le fichier n’a pas encore été reçu : envoyez-le, puis confirmez.',
        'fichier-absent',
      );
    const sameAsAnnounced =
      head.size === file.size && (!head.contentType || head.contentType === file.contentType);
    if (!sameAsAnnounced || !signatureMatches(file.contentType, await this.firstBytes(file.blobKey))) {
      await this.deps.blobs.delete(file.blobKey);
      await this.deps.store.deleteFile(file);
      throw new ValidationError(
        {
          file: [
            sameAsAnnounced
              ? 'Le contenu du fichier ne correspond pas à son type (vidéo MP4 ou WebM, sous-titres WebVTT, diapositives PDF).'
              : 'Le fichier reçu ne correspond pas à la taille ou au type annoncés : envoyez-le de nouveau.',
          ],
        },
        'Le fichier reçu a été refusé.',
      );
    }
    const ready: ReplayFile = { ...file, status: 'ready', uploadedAt: this.deps.clock.now().toISOString() };
    if (!(await this.deps.store.confirmFile(ready)))
      throw new ConflictError('Ce fichier a changé entre-temps : rechargez la page.', 'fichier-modifie');
    return ready;
  }

  /**
   * Publishes every replay of the event, then mails each confirmed registrant (and each replay registrant) their
   * personal link, once per registration whatever the number of publishes.
   */
  async publish(eventId: string): Promise<{ published: number; mailed: number }> {
    const event = await this.event(eventId);
    const replays = await this.deps.store.listReplays(eventId);
    if (!replays.length)
      throw new ConflictError('Ajoutez au moins un replay avant de publier.', 'aucun-replay');
    await this.deps.store.publish(
      eventId,
      replays.map((replay) => replay.id),
      this.deps.clock.now().toISOString(),
    );
    if (!event.replaysPublishedAt) {
      const now = this.deps.clock.now().toISOString();
      await this.deps.events.update(eventId, { changes: { replaysPublishedAt: now }, updatedAt: now });
    }
    let mailed = 0;
    for (const registration of await this.deps.registrations.listByEvent(eventId))
      if (seesReplays(registration) && (await this.replays.sendLink(event, registration))) mailed++;
    return { published: replays.length, mailed };
  }

  /** The audit of the event's replays, oldest first. */
  async views(eventId: string): Promise<{ event: HubEvent; views: ReplayView[] }> {
    const event = await this.event(eventId);
    const views = (await this.deps.store.listViews(eventId)).sort((a, b) => a.at.localeCompare(b.at));
    return { event, views };
  }

  private async firstBytes(key: string): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    let length = 0;
    const stream = await this.deps.blobs.read(key);
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= SIGNATURE_BYTES) break;
    }
    stream.destroy();
    return Buffer.concat(chunks).subarray(0, SIGNATURE_BYTES);
  }

  private async event(eventId: string): Promise<HubEvent> {
    const event = await this.deps.events.get(eventId);
    if (!event) throw new NotFoundError('Événement inconnu.');
    return event;
  }

  private async replay(eventId: string, replayId: string): Promise<Replay> {
    const replay = await this.deps.store.getReplay(eventId, replayId);
    if (!replay) throw new NotFoundError('Replay inconnu.');
    return replay;
  }
}
