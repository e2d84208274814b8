import { hubUrl, currentPageAddress } from './page-address.js';
import { SHARE_IMAGE, type PageShareImage } from './share-image.js';

export const SITE_NAME = 'Filière aimants & terres rares AURA';

export const DEFAULT_DESCRIPTION =
  'Le hub de la filière de recyclage des aimants et terres rares en Auvergne-Rhône-Alpes : journées techniques, ' +
  'webinaires et formations, lettre d’information et kits de communication.';

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
 * The description, the canonical URL, Open Graph and the Twitter card of a page. French only for now: the English
 * pages will add `og:locale:alternate` and the hreflang links here.
 */
export function ShareMeta({
  title,
  description = DEFAULT_DESCRIPTION,
  type = 'website',
  path,
  image: shareImage = SHARE_IMAGE,
}: ShareMetaProps) {
  const address = currentPageAddress();
  const url = address ? hubUrl(address.baseUrl, path ?? address.path) : undefined;
  const image = address ? hubUrl(address.baseUrl, shareImage.path) : undefined;
  return (
    <>
      <meta name="description" content={description} />
      {url ? <link rel="canonical" href={url} /> : null}
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content={type} />
      {url ? <meta property="og:url" content={url} /> : null}
      {image ? (
        <>
          <meta property="og:image" content={image} />
          <meta property="og:image:type" content={shareImage.type} />
          <meta property="og:image:width" content={String(shareImage.width)} />
          <meta property="og:image:height" content={String(shareImage.height)} />
          <meta property="og:image:alt" content={shareImage.alt} />
        </>
      ) : null}
      <meta property="og:locale" content="fr_FR" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {image ? (
        <>
          <meta name="twitter:image" content={image} />
          <meta name="twitter:image:alt" content={shareImage.alt} />
        </>
      ) : null}
    </>
  );
}
