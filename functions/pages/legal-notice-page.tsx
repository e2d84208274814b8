import { Layout } from './layout.js';

export function LegalNoticePage({ contact }: { contact: string }) {
  return (
    <Layout title="Mentions légales">
      <h1>Mentions légales</h1>
      <h2>Éditeur</h2>
      <p>
        Hub de communication de l’accord de filière Aimants &amp; Terres rares d’Auvergne-Rhône-Alpes,
        réunissant la Région Auvergne-Rhône-Alpes, FEDERREC Centre et Sud-Est, MagREESource et REEfine.
        Contact : <a href={`mailto:${contact}`}>{contact}</a>.
      </p>
      <h2>Hébergement</h2>
      <p>
        Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg ; données stockées à
        Paris.
      </p>
      <h2>Données personnelles</h2>
      <p>
        Voir la page <a href="/donnees-personnelles">Données personnelles</a>.
      </p>
    </Layout>
  );
}
