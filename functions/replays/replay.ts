export const REPLAY_FILE_KINDS = ['video', 'captions', 'slides'] as const;
export type ReplayFileKind = (typeof REPLAY_FILE_KINDS)[number];

/** A recording of an event (or of one session of its programme), shown to its registrants once published. */
export interface Replay {
  id: string;
  eventId: string;
  /** A session of the event's programme, stored as given (the programme checks it once it exists). */
  sessionId?: string;
  title: string;
  /** A video hosted elsewhere (a platform's page), linked from the replay page instead of a stored file. */
  videoUrl?: string;
  durationSeconds?: number;
  status: 'draft' | 'published';
  createdAt: string;
  publishedAt?: string;
}

/** A file of a replay: its video, its captions (WebVTT) or its slides (PDF), stored under `replays/`. */
export interface ReplayFile {
  id: string;
  eventId: string;
  replayId: string;
  kind: ReplayFileKind;
  /** Sanitised file name, offered on download. */
  name: string;
  contentType: string;
  size: number;
  status: 'pending' | 'ready';
  blobKey: string;
  createdAt: string;
  uploadedAt?: string;
}

export type ReplayViewKind = 'page' | 'video' | 'slides';

/** One audit row per opening of the replay page, call of the video endpoint or slide download by a registrant. */
export interface ReplayView {
  id: string;
  eventId: string;
  kind: ReplayViewKind;
  replayId?: string;
  fileId?: string;
  /** Absent once the person was erased (the row stays for the counts). */
  email?: string;
  registrationId?: string;
  at: string;
}
