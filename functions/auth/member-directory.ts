/** Tells sign-in whether an address belongs to a partner organisation (implemented by partners). */
export interface MemberDirectory {
  membershipOf(email: string): Promise<{ organisationId: string } | undefined>;
}
