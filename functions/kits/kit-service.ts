import { createHash } from 'node:crypto';
import type { BlobStore } from '../blobs/blob-store.js';
import { uploadUrls } from '../blobs/upload-ticket.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { LinkSigner } from '../shared/signed-links.js';
import { logger } from '../shared/logger.js';
import { slugCandidate, slugify, slugWithSuffix } from '../events/events-rules.js';
import type { PartnerService } from '../partners/partner-service.js';
import {
  MAX_ASSETS_PER_VERSION,
  MAX_PREVIEW_BYTES,
  MULTIPART_PART_SIZE,
  MULTIPART_THRESHOLD,
  checkUpload,
  isImage,
  thumbnailKeyOf,
  thumbnailType,
} from './asset-rules.js';
import { canSee, downloadVia, type Viewer } from './kit-access-rules.js';
import type { KitMails } from './kit-mails.js';
import { KitSlugTakenError, type KitDownloadCount, type KitStore } from './kit-store.js';
import type { Audience, Kit, KitAsset, KitDownload, KitVersion } from './kit.js';
import { versionChanges } from './version-changes-rules.js';
import { writeVersionZip } from './kit-zip.js';

/** Downloads are handed out right after the access check and expire soon after. */
export const DOWNLOAD_URL_SECONDS = 5 * 60;
export const UPLOAD_URL_SECONDS = 15 * 60;
export const OPT_OUT_PURPOSE = 'kit-updates-opt-out';

export interface NewKit {
  title: string;
  description: string;
  audience: Audience;
  translations?: Kit['translations'];
}

export interface UploadTicket {
  assetId: string;
  uploadUrl: string;
  multipart?: { uploadId: string; partSize: number; parts: { partNumber: number; url: string }[] };
}

export interface VisibleKit {
  kit: Kit;
  version: KitVersion;
  assets: KitAsset[];
}

export interface KitServiceDeps {
  store: KitStore;
  blobs: BlobStore;
  partners: PartnerService;
  mails: KitMails;
  clock: Clock;
  signer: LinkSigner;
  baseUrl: string;
}

/** Kits: staff prepare and publish versions; partners and the public see what is open to them. */
export class KitService {
  private readonly baseUrl: string;

  constructor(private readonly deps: KitServiceDeps) {
    this.baseUrl = deps.baseUrl.replace(/\/+$/, '');
  }

  // ---- staff -------------------------------------------------------------------------------------

  async createKit(input: NewKit): Promise<Kit> {
    await this.checkAudience(input.audience);
    const base = slugify(input.title);
    for (let attempt = 1; ; attempt++) {
      const slug =
        attempt <= 5 ? slugCandidate(base, attempt) : slugWithSuffix(base, newId().slice(-8).toLowerCase());
      const now = this.deps.clock.now();
      const kit: Kit = { id: newId(now), slug, ...input, createdAt: now.toISOString(), latestVersion: 0 };
      try {
        await this.deps.store.createKit(kit);
        return kit;
      } catch (error) {
        if (!(error instanceof KitSlugTakenError)) throw error;
      }
    }
  }

  async listKits(): Promise<Kit[]> {
    return (await this.deps.store.listKits()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async getKit(id: string): Promise<Kit> {
    const kit = await this.deps.store.getKit(id);
    if (!kit) throw new NotFoundError('Kit inconnu.');
    return kit;
  }

  async versionsWithAssets(kitId: string): Promise<{ version: KitVersion; assets: KitAsset[] }[]> {
    const versions = await this.deps.store.listVersions(kitId);
    return Promise.all(
      versions
        .sort((a, b) => b.version - a.version)
        .map(async (version) => ({
          version,
          assets: await this.deps.store.listAssets(kitId, version.version),
        })),
    );
  }

  /** A new draft that starts with the current version's files (same ids: links stay stable). */
  async createVersion(kitId: string, notes?: string): Promise<KitVersion> {
    const kit = await this.getKit(kitId);
    if (kit.draftVersion !== undefined)
      throw new ConflictError(
        'Une version de ce kit est déjà en préparation : publiez-la avant d’en créer une autre.',
        'brouillon-existant',
      );
    const number = kit.latestVersion + 1;
    const now = this.deps.clock.now().toISOString();
    const current = kit.currentVersion ? await this.deps.store.listAssets(kitId, kit.currentVersion) : [];
    const version: KitVersion = {
      kitId,
      version: number,
      status: 'draft',
      createdAt: now,
      ...(notes ? { notes } : {}),
    };
    await this.deps.store.createVersion(
      version,
      current.map((asset) => ({ ...asset, version: number })),
    );
    return version;
  }

  async requestUpload(
    kitId: string,
    version: number,
    input: { name: string; contentType: string; size: number },
  ): Promise<UploadTicket> {
    const { name } = checkUpload(input);
    await this.draftVersion(kitId, version);
    const existing = await this.deps.store.listAssets(kitId, version);
    if (existing.length >= MAX_ASSETS_PER_VERSION)
      throw new ConflictError(
        `Une version compte au plus ${MAX_ASSETS_PER_VERSION} fichiers.`,
        'trop-de-fichiers',
      );
    const now = this.deps.clock.now();
    const id = newId(now);
    const blobKey = `kits/${kitId}/assets/${id}`;
    await this.deps.store.addAsset({
      kitId,
      version,
      id,
      name,
      contentType: input.contentType,
      size: input.size,
      status: 'pending',
      blobKey,
      createdAt: now.toISOString(),
    });
    const urls = await uploadUrls(this.deps.blobs, blobKey, input, {
      multipartAbove: MULTIPART_THRESHOLD,
      partSize: MULTIPART_PART_SIZE,
      expiresInSeconds: UPLOAD_URL_SECONDS,
    });
    return { assetId: id, ...urls };
  }

  /**
   * Checks what the store received against what was announced (a mismatch is deleted and refused),
   * records its SHA-256 from the stored bytes, and marks the asset ready.
   */
  async confirmUpload(
    kitId: string,
    version: number,
    assetId: string,
    multipart?: { uploadId: string; parts: { partNumber: number; etag: string }[] },
  ): Promise<KitAsset> {
    await this.draftVersion(kitId, version);
    const asset = await this.deps.store.getAsset(kitId, version, assetId);
    if (!asset) throw new NotFoundError('Fichier inconnu.');
    if (asset.status === 'ready') return asset;
    if (multipart)
      await this.deps.blobs.completeMultipart(asset.blobKey, multipart.uploadId, multipart.parts);
    const head = await this.deps.blobs.head(asset.blobKey);
    if (!head)
      throw new ConflictError(
        'Le fichier n’a pas encore été reçu : envoyez-le, puis confirmez.',
        'fichier-absent',
      );
    if (head.size !== asset.size || (head.contentType && head.contentType !== asset.contentType)) {
      await this.deps.blobs.delete(asset.blobKey);
      throw new ValidationError(
        {
          size: [
            'Le fichier reçu ne correspond pas à la taille ou au type annoncés : envoyez-le de nouveau.',
          ],
        },
        'Le fichier reçu a été refusé.',
      );
    }
    const thumbnailSource = thumbnailType(asset);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    for await (const chunk of await this.deps.blobs.read(asset.blobKey)) {
      hash.update(chunk as Buffer);
      if (thumbnailSource) chunks.push(chunk as Buffer);
    }
    const thumbnailKey = thumbnailSource
      ? await this.storeThumbnail(asset, Buffer.concat(chunks), thumbnailSource)
      : undefined;
    const ready: KitAsset = {
      ...asset,
      status: 'ready',
      sha256: hash.digest('hex'),
      uploadedAt: this.deps.clock.now().toISOString(),
      ...(thumbnailKey
        ? { thumbnailKey, previewKey: thumbnailKey }
        : isImage(asset.contentType) &&
            (asset.contentType === 'image/svg+xml' || asset.size <= MAX_PREVIEW_BYTES)
          ? { previewKey: asset.blobKey }
          : {}),
    };
    if (!(await this.deps.store.confirmAsset(ready)))
      throw new ConflictError('Cette version a changé entre-temps : rechargez la page.', 'version-modifiee');
    return ready;
  }

  async removeAsset(kitId: string, version: number, assetId: string): Promise<void> {
    await this.draftVersion(kitId, version);
    if (!(await this.deps.store.removeAsset(kitId, version, assetId)))
      throw new NotFoundError('Fichier inconnu.');
  }

  /** Builds and stores the ZIP, publishes atomically, then tells earlier downloaders what changed. */
  async publish(kitId: string, number: number): Promise<KitVersion> {
    const kit = await this.getKit(kitId);
    const version = await this.draftVersion(kitId, number);
    const assets = await this.deps.store.listAssets(kitId, number);
    if (!assets.length)
      throw new ConflictError('Ajoutez au moins un fichier avant de publier.', 'version-vide');
    if (assets.some((asset) => asset.status !== 'ready'))
      throw new ConflictError(
        'Des fichiers n’ont pas fini d’être envoyés : confirmez-les ou retirez-les.',
        'fichiers-en-attente',
      );
    const zipKey = `kits/${kitId}/v${number}/${kit.slug}-v${number}.zip`;
    const zipSize = await writeVersionZip(this.deps.blobs, assets, zipKey);
    const publishedAt = this.deps.clock.now().toISOString();
    if (!(await this.deps.store.publish(kit, version, { key: zipKey, size: zipSize }, publishedAt)))
      throw new ConflictError(
        'Ce kit a changé pendant la publication : rechargez la page.',
        'publication-concurrente',
      );
    const published: KitVersion = { ...version, status: 'published', publishedAt, zipKey, zipSize };
    if (kit.currentVersion !== undefined)
      await this.notifyFollowers(kit, kit.currentVersion, published, assets);
    return published;
  }

  /** Downloads of every kit over a period (`to` excluded), most downloaded kit first. */
  async downloadCounts(from: Date, to: Date): Promise<(KitDownloadCount & { title: string })[]> {
    const [counts, kits] = await Promise.all([
      this.deps.store.countDownloadsBetween(from.toISOString(), to.toISOString()),
      this.deps.store.listKits(),
    ]);
    const titles = new Map(kits.map((kit) => [kit.id, kit.title]));
    return counts
      .map((count) => ({ ...count, title: titles.get(count.kitId) ?? 'Kit supprimé' }))
      .sort((a, b) => b.files + b.zips - (a.files + a.zips) || a.title.localeCompare(b.title, 'fr'));
  }

  async downloads(kitId: string): Promise<KitDownload[]> {
    await this.getKit(kitId);
    return (await this.deps.store.listDownloads(kitId)).sort((a, b) => a.at.localeCompare(b.at));
  }

  /** Staff reach every version, superseded ones included. */
  async staffDownloadUrl(
    kitId: string,
    number: number,
    assetId: string | 'zip',
    viewer: Viewer,
  ): Promise<string> {
    const kit = await this.getKit(kitId);
    const version = await this.deps.store.getVersion(kitId, number);
    if (!version || (version.status === 'draft' && assetId === 'zip')) throw new NotFoundError();
    return assetId === 'zip'
      ? this.zipUrl(kit, version, viewer)
      : this.assetUrl(kit, version, assetId, viewer);
  }

  // ---- partners and the public --------------------------------------------------------------------

  async visibleKits(viewer: Viewer): Promise<Kit[]> {
    return (await this.listKits()).filter((kit) => canSee(kit, viewer));
  }

  /** The current version of a kit the viewer may see; 404 for anything else, existing or not. */
  async visibleKit(slug: string, viewer: Viewer): Promise<VisibleKit> {
    const kit = await this.deps.store.getKitBySlug(slug);
    if (!kit || !canSee(kit, viewer)) throw new NotFoundError('Kit introuvable.');
    const version = await this.deps.store.getVersion(kit.id, kit.currentVersion!);
    if (!version) throw new NotFoundError('Kit introuvable.');
    return { kit, version, assets: await this.deps.store.listAssets(kit.id, version.version) };
  }

  async assetDownloadUrl(slug: string, assetId: string, viewer: Viewer): Promise<string> {
    const { kit, version } = await this.visibleKit(slug, viewer);
    return this.assetUrl(kit, version, assetId, viewer);
  }

  async zipDownloadUrl(slug: string, viewer: Viewer): Promise<string> {
    const { kit, version } = await this.visibleKit(slug, viewer);
    return this.zipUrl(kit, version, viewer);
  }

  /** Covers and previews: shown inline, not counted as downloads. */
  async previewUrl(slug: string, assetId: string, viewer: Viewer): Promise<string> {
    const { assets } = await this.visibleKit(slug, viewer);
    const asset = assets.find((candidate) => candidate.id === assetId);
    if (!asset?.previewKey) throw new NotFoundError();
    return this.deps.blobs.presignGet(asset.previewKey, {
      expiresInSeconds: DOWNLOAD_URL_SECONDS,
      filename: asset.name,
      inline: true,
      contentType: asset.contentType,
    });
  }

  optOutUrl(kitId: string, email: string): string {
    return `${this.baseUrl}/kits/desabonnement?jeton=${encodeURIComponent(this.deps.signer.sign(OPT_OUT_PURPOSE, `${kitId}\n${email}`))}`;
  }

  /** Stops update mails for one kit and one address; false for a forged token. */
  async optOut(token: string): Promise<boolean> {
    const subject = this.deps.signer.verify(OPT_OUT_PURPOSE, token);
    if (!subject) return false;
    const [kitId, email] = subject.split('\n') as [string, string];
    await this.deps.store.optOut(kitId, email);
    return true;
  }

  kitUrl(kit: Pick<Kit, 'slug'>): string {
    return `${this.baseUrl}/kits/${encodeURIComponent(kit.slug)}`;
  }

  // ---- internals ----------------------------------------------------------------------------------

  private async assetUrl(kit: Kit, version: KitVersion, assetId: string, viewer: Viewer): Promise<string> {
    const asset = await this.deps.store.getAsset(kit.id, version.version, assetId);
    if (!asset || asset.status !== 'ready') throw new NotFoundError('Fichier introuvable.');
    const url = await this.deps.blobs.presignGet(asset.blobKey, {
      expiresInSeconds: DOWNLOAD_URL_SECONDS,
      filename: asset.name,
      contentType: asset.contentType,
    });
    await this.record(kit, version, viewer, asset);
    return url;
  }

  private async zipUrl(kit: Kit, version: KitVersion, viewer: Viewer): Promise<string> {
    if (!version.zipKey) throw new NotFoundError('Archive introuvable.');
    const url = await this.deps.blobs.presignGet(version.zipKey, {
      expiresInSeconds: DOWNLOAD_URL_SECONDS,
      filename: `${kit.slug}-v${version.version}.zip`,
      contentType: 'application/zip',
    });
    await this.record(kit, version, viewer);
    return url;
  }

  private async record(kit: Kit, version: KitVersion, viewer: Viewer, asset?: KitAsset): Promise<void> {
    const now = this.deps.clock.now();
    await this.deps.store.recordDownload({
      id: newId(now),
      kitId: kit.id,
      version: version.version,
      ...(asset ? { assetId: asset.id, assetName: asset.name } : {}),
      ...(viewer.kind === 'anonymous' ? {} : { email: viewer.email }),
      ...(viewer.kind === 'partner' ? { organisationId: viewer.organisationId } : {}),
      via: downloadVia(kit, viewer),
      at: now.toISOString(),
    });
  }

  /** Loaded on demand: the image library stays out of every other path's cold start. */
  private async storeThumbnail(
    asset: KitAsset,
    bytes: Buffer,
    contentType: 'image/png' | 'image/jpeg',
  ): Promise<string | undefined> {
    const { makeThumbnail } = await import('./image-thumbnail.js');
    const thumbnail = await makeThumbnail(bytes, contentType);
    if (!thumbnail) return undefined;
    const key = thumbnailKeyOf(asset.blobKey, contentType);
    await this.deps.blobs.put(key, thumbnail, contentType);
    return key;
  }

  private async draftVersion(kitId: string, number: number): Promise<KitVersion> {
    const version = await this.deps.store.getVersion(kitId, number);
    if (!version) throw new NotFoundError('Version inconnue.');
    if (version.status !== 'draft')
      throw new ConflictError(
        'Cette version est publiée : elle ne peut plus changer. Créez une nouvelle version.',
        'version-publiee',
      );
    return version;
  }

  private async checkAudience(audience: Audience): Promise<void> {
    if (typeof audience === 'string') return;
    const known = new Set(
      (await this.deps.partners.listOrganisations()).map((organisation) => organisation.id),
    );
    const unknown = audience.organisations.filter((id) => !known.has(id));
    if (unknown.length)
      throw new ValidationError({
        'audience.organisations': [`Organisation inconnue : ${unknown.join(', ')}.`],
      });
  }

  private async notifyFollowers(
    kit: Kit,
    previous: number,
    version: KitVersion,
    assets: KitAsset[],
  ): Promise<void> {
    const changes = versionChanges(await this.deps.store.listAssets(kit.id, previous), assets);
    const followers = await this.deps.store.listFollowers(kit.id);
    for (const follower of followers) {
      if (follower.optedOut || follower.lastVersion >= version.version) continue;
      if (!(await this.stillSees(kit, follower.email))) continue;
      try {
        await this.deps.mails.versionPublished(follower.email, {
          kitTitle: kit.title,
          version: version.version,
          previousVersion: follower.lastVersion,
          changes,
          ...(version.notes ? { notes: version.notes } : {}),
          kitUrl: this.kitUrl(kit),
          optOutUrl: this.optOutUrl(kit.id, follower.email),
        });
      } catch (error) {
        logger.error('kit update mail not sent', { error, kitId: kit.id });
      }
    }
  }

  /** A member who left the organisation, or whose organisation lost access, is no longer told. */
  private async stillSees(kit: Kit, email: string): Promise<boolean> {
    const membership = await this.deps.partners.membershipOf(email);
    return (
      !!membership &&
      canSee(
        { ...kit, currentVersion: kit.currentVersion ?? 0 },
        { kind: 'partner', email, organisationId: membership.organisationId },
      )
    );
  }
}
