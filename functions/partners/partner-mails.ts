/** The mail that tells a new member how to sign in. */
export interface PartnerMails {
  invitation(
    to: string,
    details: { name: string; organisationName: string; signInUrl: string },
  ): Promise<void>;
}
