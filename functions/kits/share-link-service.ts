import type { Clock } from '../shared/clock.js';
import { NotFoundError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { ShareLink, ShareLinkRevocation } from './kit.js';
import type { KitService } from './kit-service.js';
import type { ShareLinkStore } from './share-link-store.js';

export const SHARE_PURPOSE = 'kit-share';
const DAY_MS = 24 * 3600 * 1000;

export interface ShareLinkServiceDeps {
  store: ShareLinkStore;
  kits: Pick<KitService, 'getKit' | 'kitUrl'>;
  signer: LinkSigner;
  clock: Clock;
}

/**
 * Share links: a signed token names the kit and the link, and opens the kit while the link's item exists and
 * has not expired, so that staff can revoke a link before its expiry.
 */
export class ShareLinkService {
  constructor(private readonly deps: ShareLinkServiceDeps) {}

  async create(kitId: string, days: number): Promise<{ id: string; url: string; expiresAt: string }> {
    const kit = await this.deps.kits.getKit(kitId);
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + days * DAY_MS);
    const link: ShareLink = {
      id: newId(now),
      kitId: kit.id,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    };
    await this.deps.store.saveShareLink(link);
    const token = this.deps.signer.sign(SHARE_PURPOSE, `${kit.id}/${link.id}`, expiresAt);
    return {
      id: link.id,
      url: `${this.deps.kits.kitUrl(kit)}?partage=${encodeURIComponent(token)}`,
      expiresAt: link.expiresAt,
    };
  }

  /** The kit id a share token opens: signed, unexpired, and its link not revoked. */
  async sharedKitId(token: string | undefined): Promise<string | undefined> {
    const subject = token ? this.deps.signer.verify(SHARE_PURPOSE, token, this.deps.clock.now()) : undefined;
    const [kitId, linkId, ...rest] = subject?.split('/') ?? [];
    if (!kitId || !linkId || rest.length) return undefined;
    return (await this.isOpen(kitId, linkId)) ? kitId : undefined;
  }

  /** The kit's links that still open it, soonest to expire first. */
  async openLinks(kitId: string): Promise<ShareLink[]> {
    const now = this.deps.clock.now().toISOString();
    return (await this.deps.store.listShareLinks(kitId))
      .filter((link) => link.expiresAt > now)
      .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  }

  async revoke(kitId: string, linkId: string, by: string): Promise<ShareLinkRevocation> {
    const now = this.deps.clock.now();
    const revocation: ShareLinkRevocation = { id: newId(now), kitId, linkId, by, at: now.toISOString() };
    if (!(await this.deps.store.revokeShareLink(revocation)))
      throw new NotFoundError('Ce lien de partage n’existe pas ou a déjà été révoqué.');
    return revocation;
  }

  revocations(kitId: string): Promise<ShareLinkRevocation[]> {
    return this.deps.store.listRevocations(kitId);
  }

  private async isOpen(kitId: string, linkId: string): Promise<boolean> {
    const link = await this.deps.store.findShareLink(kitId, linkId);
    return link !== undefined && link.expiresAt > this.deps.clock.now().toISOString();
  }
}
