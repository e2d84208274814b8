import type { PublicSpeaker } from '../programme/session.js';
import type { Speaker } from './speaker.js';

/** Port: what the public programme may read of speakers, consenting ones only. */
export interface SpeakerStore {
  /** The speakers of these ids who consented to publication, without anything else about them. */
  publicSpeakers(ids: string[]): Promise<PublicSpeaker[]>;
}

/** Port: staff manage speakers. */
export interface SpeakerAdminStore extends SpeakerStore {
  get(id: string): Promise<Speaker | undefined>;
  getMany(ids: string[]): Promise<Speaker[]>;
  list(): Promise<Speaker[]>;
  /** Creates (unless it exists) or replaces (only if it exists): false when that condition refused it. */
  put(speaker: Speaker, options: { create: boolean }): Promise<boolean>;
  /** False when there was no such speaker. */
  delete(id: string): Promise<boolean>;
}
