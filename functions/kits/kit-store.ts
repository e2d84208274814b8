import { ConflictError } from '../shared/errors.js';
import type { Kit, KitAsset, KitDownload, KitVersion } from './kit.js';

/** Downloads of one kit over a period: single files and whole-version ZIPs. */
export interface KitDownloadCount {
  kitId: string;
  files: number;
  zips: number;
}

export interface KitFollower {
  email: string;
  organisationId?: string;
  lastVersion: number;
  optedOut: boolean;
}

/** Port for kits, versions, assets and the download audit. Conditions keep published versions immutable. */
export interface KitStore {
  /** Throws KitSlugTakenError when the slug is claimed. */
  createKit(kit: Kit): Promise<void>;
  getKit(id: string): Promise<Kit | undefined>;
  getKitBySlug(slug: string): Promise<Kit | undefined>;
  listKits(): Promise<Kit[]>;
  /** A new draft, numbered `latestVersion + 1`, with copies of the current version's assets. */
  createVersion(version: KitVersion, copiedAssets: KitAsset[]): Promise<void>;
  getVersion(kitId: string, version: number): Promise<KitVersion | undefined>;
  listVersions(kitId: string): Promise<KitVersion[]>;
  /** Adds an asset to a draft version (refused once the version is published). */
  addAsset(asset: KitAsset): Promise<void>;
  getAsset(kitId: string, version: number, assetId: string): Promise<KitAsset | undefined>;
  listAssets(kitId: string, version: number): Promise<KitAsset[]>;
  /** Marks a pending asset of a draft ready, with its checksum. False when the state changed meanwhile. */
  confirmAsset(asset: KitAsset): Promise<boolean>;
  /** Removes an asset from a draft version. False when the version is no longer a draft. */
  removeAsset(kitId: string, version: number, assetId: string): Promise<boolean>;
  /** Draft → published, the previous current → superseded, the kit points at it; false if raced. */
  publish(
    kit: Kit,
    version: KitVersion,
    zip: { key: string; size: number },
    publishedAt: string,
  ): Promise<boolean>;
  /** Writes the audit row (exactly once per id) and, for a member, remembers the version downloaded. */
  recordDownload(download: KitDownload): Promise<void>;
  listDownloads(kitId: string): Promise<KitDownload[]>;
  /** Downloads of every kit recorded from `from` (included) to `to` (excluded), both UTC ISO instants. */
  countDownloadsBetween(from: string, to: string): Promise<KitDownloadCount[]>;
  listFollowers(kitId: string): Promise<KitFollower[]>;
  optOut(kitId: string, email: string): Promise<void>;
}

/** The slug is already claimed by another kit: the caller tries the next candidate. */
export class KitSlugTakenError extends ConflictError {
  constructor(readonly slug: string) {
    super(`L’adresse « ${slug} » est déjà prise par un autre kit.`, 'adresse-prise');
  }
}

export class DraftExistsError extends ConflictError {
  constructor() {
    super(
      'Une version de ce kit est déjà en préparation : publiez-la avant d’en créer une autre.',
      'brouillon-existant',
    );
  }
}

export class VersionNotDraftError extends ConflictError {
  constructor() {
    super(
      'Cette version est publiée : elle ne peut plus changer. Créez une nouvelle version.',
      'version-publiee',
    );
  }
}
