/** Tells sign-in whether an address belongs to a partner organisation (implemented by partners). */
export interface MemberDirectory {
  /** The address's organisation, and since when it is a member (its invitation). */
  membershipOf(email: string): Promise<{ organisationId: string; since: string } | undefined>;
}
