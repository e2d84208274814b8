import type { ShareLink, ShareLinkRevocation } from './kit.js';

/** Port for a kit's share links: a link opens its kit only while its item exists. */
export interface ShareLinkStore {
  saveShareLink(link: ShareLink): Promise<void>;
  /** The link, unless it was revoked or never existed (expiry is the caller's to judge). */
  findShareLink(kitId: string, linkId: string): Promise<ShareLink | undefined>;
  listShareLinks(kitId: string): Promise<ShareLink[]>;
  /** Deletes the link and writes the audit row, together; false when the kit has no such link (any more). */
  revokeShareLink(revocation: ShareLinkRevocation): Promise<boolean>;
  /** The kit's revocations, newest first. */
  listRevocations(kitId: string): Promise<ShareLinkRevocation[]>;
}
