import type { Clock } from '../shared/clock.js';
import { newId } from '../shared/ids.js';
import { NotFoundError } from '../shared/errors.js';
import { normaliseEmail } from '../shared/email.js';
import type { MemberDirectory } from '../auth/member-directory.js';
import type { Member, MemberWithdrawal, Organisation } from './organisation.js';
import type { PartnerMails } from './partner-mails.js';
import type { PartnerStore } from './partner-store.js';

/** Staff invite partner organisations and their members; members then sign in by magic link. */
export class PartnerService implements MemberDirectory {
  constructor(
    private readonly store: PartnerStore,
    private readonly mails: PartnerMails,
    private readonly clock: Clock,
    private readonly baseUrl: string,
  ) {}

  async createOrganisation(name: string): Promise<Organisation> {
    const now = this.clock.now();
    const organisation = { id: newId(now), name, createdAt: now.toISOString() };
    await this.store.createOrganisation(organisation);
    return organisation;
  }

  async getOrganisation(id: string): Promise<Organisation> {
    const organisation = await this.store.getOrganisation(id);
    if (!organisation) throw new NotFoundError('Organisation inconnue.');
    return organisation;
  }

  listOrganisations(): Promise<Organisation[]> {
    return this.store.listOrganisations();
  }

  listMembers(organisationId: string): Promise<Member[]> {
    return this.store.listMembers(organisationId);
  }

  /** Adds the member, then mails the invitation (a failed mail can be redone: the member stays). */
  async inviteMember(organisationId: string, input: { email: string; name: string }): Promise<Member> {
    const organisation = await this.getOrganisation(organisationId);
    const member: Member = {
      organisationId,
      email: normaliseEmail(input.email),
      name: input.name,
      invitedAt: this.clock.now().toISOString(),
    };
    await this.store.addMember(member);
    await this.mails.invitation(member.email, {
      name: member.name,
      organisationName: organisation.name,
      signInUrl: `${this.baseUrl.replace(/\/+$/, '')}/connexion`,
    });
    return member;
  }

  /**
   * Ends the address's membership of this organisation, and with it the access of its sessions (sign-in
   * re-reads the membership at every request), and keeps who did it in the organisation's audit rows.
   */
  async withdrawMember(organisationId: string, email: string, by: string): Promise<MemberWithdrawal> {
    const address = normaliseEmail(email);
    const member = await this.store.findMember(address);
    const now = this.clock.now();
    const withdrawal: MemberWithdrawal = {
      id: newId(now),
      organisationId,
      email: address,
      name: member?.name ?? '',
      by,
      at: now.toISOString(),
    };
    if (member?.organisationId !== organisationId || !(await this.store.withdrawMember(withdrawal)))
      throw new NotFoundError('Cette adresse n’est pas membre de cette organisation.');
    return withdrawal;
  }

  listWithdrawals(organisationId: string): Promise<MemberWithdrawal[]> {
    return this.store.listWithdrawals(organisationId);
  }

  async membershipOf(email: string): Promise<{ organisationId: string; since: string } | undefined> {
    const member = await this.store.findMember(normaliseEmail(email));
    return member ? { organisationId: member.organisationId, since: member.invitedAt } : undefined;
  }
}
