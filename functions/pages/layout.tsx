import type { Child } from 'hono/jsx';
import { siteCss } from './styles.js';
import { ShareMeta } from './share-meta.js';
import type { PageShareImage } from './share-image.js';
import { currentPageAddress, currentLanguage } from './page-address.js';
import { languagePaths, pagePath, pageText } from './page-text.js';

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

/**
 * The public sections. `/kits` is always linked: signed out it lists the public press kits, so the link costs
 * no read per page (the public kits page says when there is none yet).
 */
function siteLinkList() {
  const text = pageText().layout;
  return [
    { href: '/evenements', label: text.events },
    { href: '/newsletter', label: text.newsletter },
    { href: '/newsletter/archives', label: text.archive },
    { href: '/kits', label: text.kits },
  ];
}

/**
 * The same page in the other language, its query kept (a token page stays the person's page); none for a page
 * without an English twin (the console).
 */
function languageSwitch(canonicalPath: string | undefined) {
  const address = currentPageAddress();
  if (!address) return undefined;
  const paths = languagePaths(canonicalPath ?? address.path);
  if (!paths) return undefined;
  const other = currentLanguage() === 'fr' ? 'en' : 'fr';
  return { href: paths[other] + (canonicalPath ? '' : address.query), language: other };
}

/**
 * The shared page shell in the page's language: skip link, landmarks, the language switch, one inline
 * stylesheet. The staff console builds on it (staff-layout.tsx) so that public pages carry none of the console.
 */
export function Layout({
  title,
  children,
  description,
  shareType,
  canonicalPath,
  shareImage,
  head,
  account,
  beforeMain,
  siteLinks = true,
}: LayoutProps) {
  const text = pageText();
  const switchTo = languageSwitch(canonicalPath);
  return (
    <html lang={currentLanguage()}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${text.share.siteName}`}</title>
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
          {text.layout.skipLink}
        </a>
        <header class="site">
          <a class="brand" href={pagePath('/')}>
            {text.layout.brand}
          </a>
          <nav aria-label={text.layout.mainNavigation}>
            <ul>
              {siteLinks ? (
                siteLinkList().map((link) => (
                  <li>
                    <a href={pagePath(link.href)}>{link.label}</a>
                  </li>
                ))
              ) : (
                <li>
                  <a href="/">{text.layout.events}</a>
                </li>
              )}
              <li>{account ?? <a href={pagePath('/connexion')}>{text.layout.signIn}</a>}</li>
              {switchTo ? (
                <li>
                  <a
                    href={switchTo.href}
                    hreflang={switchTo.language}
                    lang={switchTo.language}
                    aria-label={text.layout.switchLabel}
                  >
                    {text.layout.switchTo}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        </header>
        {beforeMain}
        <main id="contenu" tabindex={-1}>
          {children}
        </main>
        <footer class="site">
          <p>{text.layout.footer}</p>
          <nav aria-label={text.layout.legalNavigation}>
            <a href={pagePath('/mentions-legales')}>{text.layout.legalNotice}</a> ·{' '}
            <a href={pagePath('/donnees-personnelles')}>{text.layout.personalData}</a> ·{' '}
            <a href={pagePath('/accessibilite')}>{text.layout.accessibility}</a>
          </nav>
        </footer>
      </body>
    </html>
  );
}
