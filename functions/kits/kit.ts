/** Who may see a kit: anyone, every partner organisation, or the listed organisations only. */
export type Audience = 'public' | 'partners' | { organisations: string[] };

export interface Kit {
  id: string;
  slug: string;
  title: string;
  description: string;
  audience: Audience;
  translations?: { en?: { title?: string; description?: string } };
  createdAt: string;
  /** Last version number handed out (0 before the first). */
  latestVersion: number;
  /** The version being prepared, if any: at most one draft at a time. */
  draftVersion?: number;
  /** The published version everyone sees; earlier ones are superseded (staff still reach them). */
  currentVersion?: number;
}

export type VersionStatus = 'draft' | 'published' | 'superseded';

export interface KitVersion {
  kitId: string;
  version: number;
  status: VersionStatus;
  /** What changed, in the staff's words (shown to partners and in the update mail). */
  notes?: string;
  createdAt: string;
  publishedAt?: string;
  zipKey?: string;
  zipSize?: number;
}

export interface KitAsset {
  kitId: string;
  version: number;
  id: string;
  /** Sanitised file name, as offered on download and inside the ZIP. */
  name: string;
  contentType: string;
  size: number;
  status: 'pending' | 'ready';
  /** Recorded once the upload is confirmed, from the bytes actually stored. */
  sha256?: string;
  blobKey: string;
  /** For images: the object shown as a preview (the thumbnail, else SVG and small bitmaps themselves). */
  previewKey?: string;
  /** PNG and JPEG: a copy fitting within 320×320, same format, made once the upload is confirmed. */
  thumbnailKey?: string;
  createdAt: string;
  uploadedAt?: string;
}

export type DownloadVia = 'staff' | 'partner' | 'public' | 'share';

/** One audit row per download handed out (asset or ZIP). */
export interface KitDownload {
  id: string;
  kitId: string;
  version: number;
  /** Absent for the version's ZIP. */
  assetId?: string;
  assetName?: string;
  email?: string;
  organisationId?: string;
  via: DownloadVia;
  at: string;
}

/** A link that opens one kit to whoever holds it (a journalist…) until it expires or staff revoke it. */
export interface ShareLink {
  id: string;
  kitId: string;
  createdAt: string;
  expiresAt: string;
}

/** The audit row of a revoked share link: which link, who on the staff revoked it, when. */
export interface ShareLinkRevocation {
  id: string;
  kitId: string;
  linkId: string;
  by: string;
  at: string;
}
