export type Role = 'staff' | 'partner';

/** Who is signed in, as the session cookie resolves. */
export interface SignedInUser {
  sessionId: string;
  email: string;
  role: Role;
  organisationId?: string;
  expiresAt: string;
}
