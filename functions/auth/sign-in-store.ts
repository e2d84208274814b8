import type { Role } from './session.js';

export interface MagicLinkRecord {
  tokenHash: string;
  email: string;
  expiresAt: Date;
}

export interface SessionRecord {
  idHash: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
}

/** Port for the sign-in secrets. Only hashes are stored: a leaked table grants no access. */
export interface SignInStore {
  saveMagicLink(link: MagicLinkRecord): Promise<void>;
  /** Whether the link exists and has not expired, leaving it in place. */
  hasMagicLink(tokenHash: string, now: Date): Promise<boolean>;
  /** Deletes the link and returns its e-mail, atomically, only if it exists and has not expired. */
  consumeMagicLink(tokenHash: string, now: Date): Promise<string | undefined>;
  saveSession(session: SessionRecord): Promise<void>;
  /** The session, unless it is unknown, revoked or expired. */
  findSession(idHash: string, now: Date): Promise<SessionRecord | undefined>;
  deleteSession(idHash: string): Promise<void>;
}
