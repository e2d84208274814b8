import type { Child } from 'hono/jsx';
import { siteCss } from './styles.js';

export interface LayoutProps {
  title: string;
  children: Child;
  /** Staff pages show the staff navigation and are never indexed. */
  staff?: boolean;
}

/** The shared page shell: French, skip link, landmarks, one inline stylesheet. */
export function Layout({ title, children, staff }: LayoutProps) {
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {staff ? <meta name="robots" content="noindex" /> : null}
        <title>{`${title} · Filière aimants & terres rares AURA`}</title>
        <style>{siteCss}</style>
      </head>
      <body>
        <a class="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <header class="site">
          <a class="brand" href="/">
            Filière aimants &amp; terres rares — Auvergne-Rhône-Alpes
          </a>
          <nav aria-label="Navigation principale">
            <ul>
              <li>
                <a href="/">Événements</a>
              </li>
              {staff ? (
                <>
                  <li>
                    <a href="/admin">Espace équipe</a>
                  </li>
                  <li>
                    <form method="post" action="/deconnexion" class="inline">
                      <button type="submit" class="link">
                        Se déconnecter
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <li>
                  <a href="/connexion">Connexion équipe</a>
                </li>
              )}
            </ul>
          </nav>
        </header>
        <main id="contenu" tabindex={-1}>
          {children}
        </main>
        <footer class="site">
          <p>
            Hub de communication de la filière de recyclage des aimants et terres rares, porté par la Région
            Auvergne-Rhône-Alpes, FEDERREC Centre et Sud-Est, MagREESource et REEfine.
          </p>
          <nav aria-label="Informations légales">
            <a href="/mentions-legales">Mentions légales</a> ·{' '}
            <a href="/donnees-personnelles">Données personnelles</a> ·{' '}
            <a href="/accessibilite">Accessibilité</a>
          </nav>
        </footer>
      </body>
    </html>
  );
}
