import type { ObjectUrls } from '../blobs/object-urls.js';
import type { HubEvent } from '../events/event.js';
import type { EventReader } from '../events/event-store.js';
import type { RegistrantMail, RegistrationNotifier } from '../registrations/notifier.js';
import type { Registration } from '../registrations/registration.js';
import type { RegistrationStore } from '../registrations/registration-store.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { LinkSigner } from '../shared/signed-links.js';
import { previewToken, readPreviewToken, readReplayToken } from './replay-link.js';
import { seesReplays } from './replay-rules.js';
import type { ReplayStore } from './replay-store.js';
import type { Replay, ReplayFile, ReplayViewKind } from './replay.js';

/** Captions are read by the hub and served from its origin: the player's track then needs no CORS. */
const CAPTIONS_URL_SECONDS = 60;

/**
 * Who opens a replay: a registrant through their link, or staff (who also see replays not yet published) through
 * their session or a preview link.
 */
export type ReplayViewer = { kind: 'registrant'; email: string; registrationId: string } | { kind: 'staff' };

/** How a request says who it is: the `token` of a replay link, or the address of a staff session. */
export interface ReplayCredentials {
  token?: string;
  staffEmail?: string;
}

export interface ReplayWithFiles {
  replay: Replay;
  video?: ReplayFile;
  captions?: ReplayFile;
  slides: ReplayFile[];
}

export interface ReplayPage {
  event: HubEvent;
  viewer: ReplayViewer;
  replays: ReplayWithFiles[];
  /**
   * What the page's file addresses carry: the registrant's own token, or for staff a preview token, so that the
   * public function, which reads no session, serves them the files too.
   */
  fileToken: string;
}

export interface ReplayServiceDeps {
  events: EventReader;
  registrations: Pick<RegistrationStore, 'get'>;
  store: ReplayStore;
  urls: ObjectUrls;
  signer: LinkSigner;
  notifier: RegistrationNotifier;
  clock: Clock;
  /** HUB_REPLAY_URL_SECONDS: how long a video or slides URL stays valid. */
  urlSeconds: number;
}

const notFound = () => new NotFoundError('Ce replay est introuvable.');

/**
 * The replay page and its files, for registrants holding their link and for staff: anyone else, whether the
 * replay exists or not, gets the same 404. Each opening, video call and slide download by a registrant is audited.
 */
export class ReplayService {
  constructor(private readonly deps: ReplayServiceDeps) {}

  /** The page's content, audited as one opening. */
  async openPage(slug: string, credentials: ReplayCredentials): Promise<ReplayPage> {
    const page = await this.visible(slug, credentials);
    await this.audit(page, 'page');
    return page;
  }

  /** A fresh presigned URL of the replay's video, valid HUB_REPLAY_URL_SECONDS; audited. */
  async videoUrl(slug: string, replayId: string, credentials: ReplayCredentials): Promise<string> {
    const page = await this.visible(slug, credentials);
    const video = findReplay(page, replayId).video;
    if (!video) throw notFound();
    const url = await this.deps.urls.presignGet(video.blobKey, {
      expiresInSeconds: this.deps.urlSeconds,
      contentType: video.contentType,
    });
    await this.audit(page, 'video', video);
    return url;
  }

  /** Where the hub reads the captions it serves (not audited: the player fetches them with the video). */
  async captionsUrl(slug: string, replayId: string, credentials: ReplayCredentials): Promise<string> {
    const page = await this.visible(slug, credentials);
    const captions = findReplay(page, replayId).captions;
    if (!captions) throw notFound();
    return this.deps.urls.presignGet(captions.blobKey, { expiresInSeconds: CAPTIONS_URL_SECONDS });
  }

  /** A fresh presigned download of one slide deck, valid HUB_REPLAY_URL_SECONDS; audited. */
  async slidesUrl(
    slug: string,
    replayId: string,
    fileId: string,
    credentials: ReplayCredentials,
  ): Promise<string> {
    const page = await this.visible(slug, credentials);
    const slides = findReplay(page, replayId).slides.find((file) => file.id === fileId);
    if (!slides) throw notFound();
    const url = await this.deps.urls.presignGet(slides.blobKey, {
      expiresInSeconds: this.deps.urlSeconds,
      filename: slides.name,
      contentType: slides.contentType,
    });
    await this.audit(page, 'slides', slides);
    return url;
  }

  /** Mails a registrant their replay link, once, if the event has published replays. */
  async sendLinkIfPublished(event: HubEvent, registration: Registration): Promise<boolean> {
    const replays = await this.deps.store.listReplays(event.id);
    if (!replays.some((replay) => replay.status === 'published')) return false;
    return this.sendLink(event, registration);
  }

  /** The replay link of this registration, mailed at most once whatever the retries and concurrent publishes. */
  async sendLink(event: HubEvent, registration: Registration): Promise<boolean> {
    const mail: RegistrantMail = { kind: 'replayAvailable', event, registration };
    const claim = await this.deps.store.claimReplayMail(event.id, registration.id, this.deps.clock.now(), [
      mail,
    ]);
    if (!claim.claimed) return false;
    try {
      for (const queued of claim.mailsToQueue)
        await this.deps.notifier.replayAvailable(queued.event, registration);
    } catch (error) {
      await this.deps.store.releaseReplayMail(event.id, registration.id);
      throw error;
    }
    return true;
  }

  private async visible(slug: string, credentials: ReplayCredentials): Promise<ReplayPage> {
    const event = await this.deps.events.getBySlug(slug);
    if (!event || event.status === 'draft') throw notFound();
    const viewer = await this.viewerOf(event, credentials);
    if (!viewer) throw notFound();
    const [replays, files] = await Promise.all([
      this.deps.store.listReplays(event.id),
      this.deps.store.listFiles(event.id),
    ]);
    const shown = replays
      .filter((replay) => viewer.kind === 'staff' || replay.status === 'published')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (!shown.length) throw notFound();
    return {
      event,
      viewer,
      replays: shown.map((replay) => withFiles(replay, files)),
      fileToken:
        viewer.kind === 'registrant' && credentials.token ? credentials.token : this.previewToken(event.id),
    };
  }

  /** A staff preview link's token for the event, valid as long as a video URL. */
  previewToken(eventId: string): string {
    const expiresAt = new Date(this.deps.clock.now().getTime() + this.deps.urlSeconds * 1000);
    return previewToken(this.deps.signer, eventId, expiresAt);
  }

  private async viewerOf(event: HubEvent, credentials: ReplayCredentials): Promise<ReplayViewer | undefined> {
    const { token } = credentials;
    const link = token ? readReplayToken(this.deps.signer, token) : undefined;
    if (link && link.eventId === event.id) {
      const registration = await this.deps.registrations.get(event.id, link.registrationId);
      if (registration && seesReplays(registration))
        return { kind: 'registrant', email: registration.email, registrationId: registration.id };
    }
    const previewed = token ? readPreviewToken(this.deps.signer, token, this.deps.clock.now()) : undefined;
    return credentials.staffEmail || previewed === event.id ? { kind: 'staff' } : undefined;
  }

  /** Registrants only: staff previews are not views. Like a kit download, nothing is handed out unaudited. */
  private async audit(page: ReplayPage, kind: ReplayViewKind, file?: ReplayFile): Promise<void> {
    if (page.viewer.kind !== 'registrant') return;
    const now = this.deps.clock.now();
    await this.deps.store.recordView({
      id: newId(now),
      eventId: page.event.id,
      kind,
      ...(file ? { replayId: file.replayId, fileId: file.id } : {}),
      email: page.viewer.email,
      registrationId: page.viewer.registrationId,
      at: now.toISOString(),
    });
  }
}

function findReplay(page: ReplayPage, replayId: string): ReplayWithFiles {
  const found = page.replays.find((entry) => entry.replay.id === replayId);
  if (!found) throw notFound();
  return found;
}

function withFiles(replay: Replay, files: ReplayFile[]): ReplayWithFiles {
  const ready = files
    .filter((file) => file.replayId === replay.id && file.status === 'ready')
    .sort((a, b) => (a.uploadedAt ?? '').localeCompare(b.uploadedAt ?? ''));
  // The last video and captions uploaded are the ones shown.
  return {
    replay,
    video: ready.filter((file) => file.kind === 'video').at(-1),
    captions: ready.filter((file) => file.kind === 'captions').at(-1),
    slides: ready.filter((file) => file.kind === 'slides'),
  };
}
