/** The hub's default share image (link previews): served at this path, at this size. */
export const SHARE_IMAGE = {
  path: '/share.png',
  width: 1200,
  height: 630,
  alt: 'Filière aimants & terres rares — Auvergne-Rhône-Alpes',
} as const;
