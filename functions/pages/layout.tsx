import type { Child } from 'hono/jsx';
import { siteCss } from './styles.js';
import { ShareMeta, SITE_NAME } from './share-meta.js';
import type { PageShareImage } from './share-image.js';

export interface LayoutProps {
  title: string;
  children: Child;
  /** What a search result or a link preview says of the page: the hub's description by default. */
  description?: string;
  /** Open Graph type of the page (`website` by default). */
  shareType?: 'website' | 'article';
  /** The page's own path when another path shows it (a refused form shown at the form's action). */
  canonicalPath?: string;
  /** The page's own image for link previews (an event's); the hub's by default. */
  shareImage?: PageShareImage;
  /** Extra elements for the head, after the site stylesheet (a feed's `<link rel="alternate">`…). */
  head?: Child;
  /** The last item of the main navigation: signing in by default. */
  account?: Child;
  /** What sits between the header and the main content (a section navigation…). */
  beforeMain?: Child;
  /** The public site's sections in the main navigation; the staff console has its own. */
  siteLinks?: boolean;
}

const signInLink = <a href="/connexion">Connexion équipe</a>;

/**
 * The public sections. `/kits` is always linked: signed out it lists the public press kits, so the link costs
 * no read per page (the public kits page says when there is none yet).
 */
const SITE_LINKS = [
  { href: '/evenements', label: 'Événements' },
  { href: '/newsletter', label: 'Lettre d’information' },
  { href: '/newsletter/archives', label: 'Archives de la lettre' },
  { href: '/kits', label: 'Kit presse' },
];

/**
 * The shared page shell: French, skip link, landmarks, one inline stylesheet. The staff console
 * builds on it (staff-layout.tsx) so that public pages carry none of the console.
 */
export function Layout({
  title,
  children,
  description,
  shareType,
  canonicalPath,
  shareImage,
  head,
  account = signInLink,
  beforeMain,
  siteLinks = true,
}: LayoutProps) {
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${SITE_NAME}`}</title>
        <ShareMeta
          title={title}
          description={description}
          type={shareType}
          path={canonicalPath}
          image={shareImage}
        />
        <link rel="icon" type="image/svg+xml" href="/icon.svg" />
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
              {siteLinks ? (
                SITE_LINKS.map((link) => (
                  <li>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))
              ) : (
                <li>
                  <a href="/">Événements</a>
                </li>
              )}
              <li>{account}</li>
            </ul>
          </nav>
        </header>
        {beforeMain}
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
