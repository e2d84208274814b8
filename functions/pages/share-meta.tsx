import { hubUrl, currentPageAddress } from './page-address.js';
import { SHARE_IMAGE, type PageShareImage } from './share-image.js';
import { languagePaths, pagePath, pageText } from './page-text.js';

export interface ShareMetaProps {
  /** The page's title, without the site's name. */
  title: string;
  description?: string;
  /** Open Graph type: an event's or a letter's page is an `article`. */
  type?: 'website' | 'article';
  /** The canonical path, when it is not the request's. */
  path?: string;
  /** The page's own image (an event's), else the hub's. */
  image?: PageShareImage;
}

/**
 * The description, the canonical URL of the page in its language, its twin in the other language (hreflang,
 * French the default), Open Graph with its locale and the other one, and the Twitter card of a page.
 */
export function ShareMeta({
  title,
  description,
  type = 'website',
  path,
  image: shareImage = SHARE_IMAGE,
}: ShareMetaProps) {
  const text = pageText();
  const address = currentPageAddress();
  const frenchPagePath = path ?? address?.path;
  const url = address && frenchPagePath ? hubUrl(address.baseUrl, pagePath(frenchPagePath)) : undefined;
  const twins = address && frenchPagePath ? languagePaths(frenchPagePath) : undefined;
  const image = address ? hubUrl(address.baseUrl, shareImage.path) : undefined;
  const summary = description ?? text.share.description;
  // The hub's own image is described in the page's language; an event's image by its own text.
  const imageAlt = shareImage === SHARE_IMAGE ? text.share.imageAlt : shareImage.alt;
  const otherLocale = text.language.code === 'fr' ? 'en_GB' : 'fr_FR';
  return (
    <>
      <meta name="description" content={summary} />
      {url ? <link rel="canonical" href={url} /> : null}
      {address && twins ? (
        <>
          <link rel="alternate" hreflang="fr" href={hubUrl(address.baseUrl, twins.fr)} />
          <link rel="alternate" hreflang="en" href={hubUrl(address.baseUrl, twins.en)} />
          <link rel="alternate" hreflang="x-default" href={hubUrl(address.baseUrl, twins.fr)} />
        </>
      ) : null}
      <meta property="og:site_name" content={text.share.siteName} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={summary} />
      <meta property="og:type" content={type} />
      {url ? <meta property="og:url" content={url} /> : null}
      {image ? (
        <>
          <meta property="og:image" content={image} />
          <meta property="og:image:type" content={shareImage.type} />
          <meta property="og:image:width" content={String(shareImage.width)} />
          <meta property="og:image:height" content={String(shareImage.height)} />
          <meta property="og:image:alt" content={imageAlt} />
        </>
      ) : null}
      <meta property="og:locale" content={text.language.ogLocale} />
      {twins ? <meta property="og:locale:alternate" content={otherLocale} /> : null}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={summary} />
      {image ? (
        <>
          <meta name="twitter:image" content={image} />
          <meta name="twitter:image:alt" content={imageAlt} />
        </>
      ) : null}
    </>
  );
}
