import { Layout } from './layout.js';

/** The accessibility statement a publicly funded body must publish (RGAA 4.1). */
export function AccessibilityPage({ contact }: { contact: string }) {
  return (
    <Layout title="Accessibilité">
      <h1>Déclaration d’accessibilité</h1>
      <p>
        Les partenaires de la filière aimants et terres rares s’engagent à rendre ce site accessible
        conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <h2>État de conformité</h2>
      <p>
        Ce site vise la conformité au RGAA 4.1 (WCAG 2.1 niveau AA). Chaque page publique est vérifiée
        automatiquement avec axe-core dans un navigateur réel, et le parcours d’inscription est testé au
        clavier seul. Aucun audit externe n’a encore été réalisé : le site est donc, à ce jour, non conforme
        au sens du RGAA.
      </p>
      <h2>Signaler un problème</h2>
      <p>
        Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez à{' '}
        <a href={`mailto:${contact}`}>{contact}</a> : nous vous proposerons une alternative accessible. Vous
        pouvez aussi saisir le Défenseur des droits.
      </p>
    </Layout>
  );
}
