/** The mail that carries a staff (later: partner) magic link. Implemented by the mail module. */
export interface SignInMails {
  magicLink(to: string, url: string, expiresAt: Date): Promise<void>;
}
