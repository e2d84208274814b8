/** A partner company of the sector; its members download the kits open to it. */
export interface Organisation {
  id: string;
  name: string;
  createdAt: string;
}

export interface Member {
  organisationId: string;
  /** Normalised (trimmed, lower case): the identity used at sign-in. */
  email: string;
  name: string;
  invitedAt: string;
}
