import { NoticeBox, type Notice } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import { parisShortDateTime } from '../../shared/paris-dates.js';
import type { Member, MemberWithdrawal, Organisation } from '../organisation.js';

export interface OrganisationPageProps {
  organisation: Organisation;
  members: Member[];
  withdrawals: MemberWithdrawal[];
  notice?: Notice;
}

/** Staff: one partner organisation — its members, each with a button that withdraws their access, and the audit. */
export function OrganisationPage({ organisation, members, withdrawals, notice }: OrganisationPageProps) {
  const path = `/admin/organisations/${encodeURIComponent(organisation.id)}`;
  return (
    <StaffLayout title={`${organisation.name} — équipe`} section="/admin/kits">
      <p>
        <a href="/admin/kits">← Kits et partenaires</a>
      </p>
      <h1>{organisation.name}</h1>
      <NoticeBox notice={notice} />
      <h2>Membres</h2>
      {members.length ? (
        <div class="table-wrap">
          <table class="responsive">
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Adresse</th>
                <th scope="col">Invité le</th>
                <th scope="col">Accès</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr>
                  <td data-label="Nom">{member.name}</td>
                  <td data-label="Adresse">{member.email}</td>
                  <td data-label="Invité le">{parisShortDateTime(member.invitedAt)}</td>
                  <td data-label="Accès">
                    <form method="post" action={`${path}/membres/retirer`}>
                      <input type="hidden" name="email" value={member.email} />
                      <button type="submit" class="danger">
                        Retirer<span class="visually-hidden"> {member.email}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun membre.</p>
      )}
      <p class="hint">
        Retirer un membre met fin à son accès aux kits réservés, sessions ouvertes comprises, dès sa requête
        suivante. Il peut être invité de nouveau.
      </p>
      <h2>Historique</h2>
      {withdrawals.length ? (
        <ul>
          {withdrawals.map((withdrawal) => (
            <li>
              {parisShortDateTime(withdrawal.at)} — Accès retiré à {withdrawal.email}
              {withdrawal.name ? ` (${withdrawal.name})` : ''} par {withdrawal.by}
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun retrait d’accès.</p>
      )}
    </StaffLayout>
  );
}
