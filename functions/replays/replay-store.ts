import type { RegistrantMail } from '../registrations/notifier.js';
import type { Replay, ReplayFile, ReplayView } from './replay.js';

export type ReplayMailClaim = { claimed: false } | { claimed: true; mailsToQueue: RegistrantMail[] };

/** Port for what the replay page reads and writes: an event's replays and files, the views, the link's mail. */
export interface ReplayStore {
  listReplays(eventId: string): Promise<Replay[]>;
  listFiles(eventId: string): Promise<ReplayFile[]>;
  recordView(view: ReplayView): Promise<void>;
  /**
   * The replay link of a registration, once: a marker claimed with its mail (one transaction where the outbox is
   * in the table; else the mail is handed back to be queued, and the marker released if that fails).
   */
  claimReplayMail(
    eventId: string,
    registrationId: string,
    now: Date,
    mails: RegistrantMail[],
  ): Promise<ReplayMailClaim>;
  releaseReplayMail(eventId: string, registrationId: string): Promise<void>;
}

/** What staff do on top: create replays, upload their files, publish them, read the views. */
export interface ReplayAdminStore extends ReplayStore {
  createReplay(replay: Replay): Promise<void>;
  getReplay(eventId: string, replayId: string): Promise<Replay | undefined>;
  addFile(file: ReplayFile): Promise<void>;
  getFile(eventId: string, replayId: string, fileId: string): Promise<ReplayFile | undefined>;
  /** Pending → ready; false when it was confirmed or removed meanwhile. */
  confirmFile(file: ReplayFile): Promise<boolean>;
  deleteFile(file: Pick<ReplayFile, 'eventId' | 'replayId' | 'id'>): Promise<void>;
  /** Marks these draft replays published at `at` (a replay already published keeps its date). */
  publish(eventId: string, replayIds: string[], at: string): Promise<void>;
  listViews(eventId: string): Promise<ReplayView[]>;
  /** The addresses the event's replay audit holds (the campaign audiences of replay viewers). */
  viewerEmails(eventId: string): Promise<Set<string>>;
}
