/** An image link previews show for a page, as Open Graph describes it. */
export interface PageShareImage {
  path: string;
  type: string;
  width: number;
  height: number;
  alt: string;
}

/** The hub's default share image (link previews): served at this path, at this size. */
export const SHARE_IMAGE: PageShareImage = {
  path: '/share.png',
  type: 'image/png',
  width: 1200,
  height: 630,
  alt: 'Filière aimants & terres rares — Auvergne-Rhône-Alpes',
};
