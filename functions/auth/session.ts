export type Role = 'staff' | 'partner' | 'trainer';

/** Who is signed in, as the session cookie resolves. */
export interface SignedInUser {
  /** The raw session id from the cookie; the store only ever sees its SHA-256. */
  sessionId: string;
  email: string;
  role: Role;
  organisationId?: string;
  /** A trainer's events: their attendance sheets are all a trainer reaches. */
  eventIds?: string[];
  expiresAt: string;
}
