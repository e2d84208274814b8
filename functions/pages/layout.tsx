import type { Child } from 'hono/jsx';
import { siteCss } from './styles.js';
import { STAFF_SECTIONS, type StaffSection } from './staff-nav.js';

export interface LayoutProps {
  title: string;
  children: Child;
  /** Staff pages show the staff navigation and are never indexed. */
  staff?: boolean;
  /** The staff section this page belongs to, marked as the current one in the staff navigation. */
  section?: StaffSection;
  /** Extra elements for the head (a feed's `<link rel="alternate">`…). */
  head?: Child;
}

/** The shared page shell: French, skip link, landmarks, one inline stylesheet. */
export function Layout({ title, children, staff, section, head }: LayoutProps) {
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {staff ? <meta name="robots" content="noindex" /> : null}
        <title>{`${title} · Filière aimants & terres rares AURA`}</title>
        {/* A constant, not escaped: quotes and `>` are CSS here, not text. */}
        <style dangerouslySetInnerHTML={{ __html: siteCss }} />
        {head}
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
        {staff ? (
          <nav aria-label="Espace équipe" class="staff-nav">
            <ul>
              {STAFF_SECTIONS.map((item) => (
                <li>
                  <a href={item.href} aria-current={item.href === section ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
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
