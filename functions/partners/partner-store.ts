import { ConflictError } from '../shared/errors.js';
import type { Member, MemberWithdrawal, Organisation } from './organisation.js';

/** Port for organisations and their members. An address belongs to at most one organisation. */
export interface PartnerStore {
  createOrganisation(organisation: Organisation): Promise<void>;
  getOrganisation(id: string): Promise<Organisation | undefined>;
  listOrganisations(): Promise<Organisation[]>;
  /** Throws MemberTakenError when the address is already a member (of this or another organisation). */
  addMember(member: Member): Promise<void>;
  findMember(email: string): Promise<Member | undefined>;
  listMembers(organisationId: string): Promise<Member[]>;
  /**
   * Removes the membership and writes its audit row, together; false when the address is no longer a member
   * of that organisation (never was, or another withdrawal came first).
   */
  withdrawMember(withdrawal: MemberWithdrawal): Promise<boolean>;
  listWithdrawals(organisationId: string): Promise<MemberWithdrawal[]>;
}

export class MemberTakenError extends ConflictError {
  constructor() {
    super('Cette adresse est déjà membre d’une organisation partenaire.', 'membre-existant');
  }
}
