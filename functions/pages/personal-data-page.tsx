import { Layout } from './layout.js';

/** What the hub keeps, why, how long, and how to have it erased (RGPD, articles 13 and 15 to 21). */
export function PersonalDataPage({ contact }: { contact: string }) {
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
              <td>3 ans après votre dernière interaction, puis suppression</td>
            </tr>
            <tr>
              <td>Présence à l’événement (émargement)</td>
              <td>Liste des participants, attestations de formation, bilan de l’événement</td>
              <td>Votre consentement</td>
              <td>3 ans après l’événement</td>
            </tr>
            <tr>
              <td>Souhait de recevoir la lettre d’information</td>
              <td>Vous l’envoyer, seulement après confirmation par e-mail (double opt-in)</td>
              <td>Votre consentement, révocable en un clic</td>
              <td>Jusqu’à votre désinscription, au plus 3 ans sans interaction</td>
            </tr>
            <tr>
              <td>Adresses en échec permanent ou ayant signalé un message comme indésirable</td>
              <td>Ne plus jamais leur écrire</td>
              <td>Intérêt légitime (délivrabilité)</td>
              <td>Tant que l’adresse est bloquée</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Vos droits</h2>
      <p>
        Vous pouvez annuler une inscription à tout moment grâce au lien personnel présent dans chacun de nos
        e-mails. Pour obtenir une copie de vos données, les faire corriger ou effacer, écrivez à{' '}
        <a href={`mailto:${contact}`}>{contact}</a> : nous répondons sous un mois. Vous pouvez aussi adresser
        une réclamation à la CNIL (<a href="https://www.cnil.fr">www.cnil.fr</a>).
      </p>
      <h2>Destinataires</h2>
      <p>
        Vos données ne sont ni vendues ni cédées. Elles sont hébergées par Amazon Web Services dans la région
        de Paris (eu-west-3) et ne sont accessibles qu’à l’équipe de communication de la filière.
      </p>
    </Layout>
  );
}
