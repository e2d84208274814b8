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

/** The audit row of a withdrawn membership: who lost access, who on the staff withdrew it, when. */
export interface MemberWithdrawal {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  by: string;
  at: string;
}
