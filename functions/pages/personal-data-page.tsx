import { Layout } from './layout.js';

export interface PersonalDataPageProps {
  contact: string;
  /** HUB_RETENTION_DAYS: the retention job erases what is older (functions/rgpd). */
  retentionDays: number;
  /** HUB_NEWSLETTER_CONFIRM_DAYS: an unconfirmed subscription request is deleted after it. */
  confirmDays: number;
}

/** "3 ans" for whole years, else a number of days. */
function period(days: number): string {
  if (days % 365 !== 0) return `${days} jours`;
  const years = days / 365;
  return `${years} an${years > 1 ? 's' : ''}`;
}

/** What the hub keeps, why, how long, and how to have it erased (RGPD, articles 13 and 15 to 21). */
export function PersonalDataPage({ contact, retentionDays, confirmDays }: PersonalDataPageProps) {
  const retention = period(retentionDays);
  return (
    <Layout title="Données personnelles">
      <h1>Données personnelles</h1>
      <p>
        Le hub de la filière aimants et terres rares d’Auvergne-Rhône-Alpes ne collecte que ce qui est
        nécessaire pour organiser ses événements et, si vous le demandez, vous envoyer ses lettres
        d’information.
      </p>
      <h2>Ce que nous conservons et pourquoi</h2>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Données conservées, finalité et durée</caption>
          <thead>
            <tr>
              <th scope="col">Données</th>
              <th scope="col">Finalité</th>
              <th scope="col">Base légale</th>
              <th scope="col">Durée</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Prénom, nom, e-mail, organisation, fonction</td>
              <td>Gérer votre inscription, vous envoyer la confirmation, les rappels et les changements</td>
              <td>Votre consentement, donné et daté lors de l’inscription</td>
              <td>{retention} après la fin de l’événement, puis suppression</td>
            </tr>
            <tr>
              <td>Présence à l’événement (émargement)</td>
              <td>Liste des participants, attestations de formation, bilan de l’événement</td>
              <td>Votre consentement</td>
              <td>{retention} après la fin de l’événement</td>
            </tr>
            <tr>
              <td>Souhait de recevoir la lettre d’information</td>
              <td>Vous l’envoyer, seulement après confirmation par e-mail (double opt-in)</td>
              <td>Votre consentement, révocable en un clic</td>
              <td>
                Jusqu’à votre désinscription, au plus {retention} sans interaction ; une demande non confirmée
                est supprimée après {confirmDays} jours
              </td>
            </tr>
            <tr>
              <td>Désinscription (adresse et date)</td>
              <td>Respecter votre choix : ne plus vous envoyer la lettre</td>
              <td>Obligation légale (preuve du retrait du consentement)</td>
              <td>{retention} après la désinscription, puis suppression</td>
            </tr>
            <tr>
              <td>Partenaires et équipe : adresse, nom, organisation, connexions</td>
              <td>Accès à l’espace partenaires (kits) et à la console de l’équipe</td>
              <td>Intérêt légitime</td>
              <td>
                Liens de connexion : 15 minutes ; sessions : jusqu’à leur expiration ; adhésion : jusqu’à son
                retrait ou à une demande d’effacement
              </td>
            </tr>
            <tr>
              <td>
                Adresses en échec permanent ou ayant signalé un message comme indésirable, conservées sous
                forme d’empreinte (SHA-256), jamais en clair
              </td>
              <td>Ne plus jamais leur écrire</td>
              <td>Intérêt légitime (délivrabilité)</td>
              <td>
                Sans limite : seule donnée conservée après un effacement, pour ne plus jamais vous écrire
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Mesure d’audience des lettres</h2>
      <p>
        Nos lettres comptent les ouvertures (une image invisible) et les clics (un lien qui passe par le hub).
        Si vous l’avez accepté à l’abonnement ou sur la page de vos préférences, ils sont comptés une fois
        pour vous ; sinon, les liens ne portent aucune information sur vous et seuls des totaux anonymes sont
        tenus. Vous pouvez retirer cet accord à tout moment depuis vos préférences ; la version en ligne des
        lettres (archives) ne mesure rien.
      </p>
      <h2>Vos droits</h2>
      <p>
        Vous pouvez annuler une inscription à tout moment grâce au lien personnel présent dans chacun de nos
        e-mails. Pour obtenir une copie de vos données, les faire corriger ou effacer, écrivez à{' '}
        <a href={`mailto:${contact}`}>{contact}</a> : nous répondons sous un mois. Vous pouvez aussi adresser
        une réclamation à la CNIL (<a href="https://www.cnil.fr">www.cnil.fr</a>).
      </p>
      <p>
        L’effacement porte sur tout ce que le hub conserve à votre nom : abonnement, inscriptions (une
        inscription à un événement à venir est annulée et la place revient à la liste d’attente), traces
        d’envoi des lettres, adhésion partenaire, connexions. Seule reste, si votre adresse a été bloquée, son
        empreinte, pour ne plus jamais vous écrire ; les chiffres globaux (nombre d’inscrits, statistiques des
        envois) restent, sans donnée personnelle.
      </p>
      <h2>Destinataires</h2>
      <p>
        Vos données ne sont ni vendues ni cédées. Elles sont hébergées par Amazon Web Services dans la région
        de Paris (eu-west-3) et ne sont accessibles qu’à l’équipe de communication de la filière.
      </p>
    </Layout>
  );
}
