import type { Kit, KitAsset, KitDownload, KitVersion } from './kit.js';
import type { Organisation } from '../partners/organisation.js';

export function assetView(asset: KitAsset) {
  return {
    id: asset.id,
    name: asset.name,
    contentType: asset.contentType,
    size: asset.size,
    status: asset.status,
    preview: !!asset.previewKey,
    ...(asset.sha256 ? { sha256: asset.sha256 } : {}),
  };
}

export function versionView(version: KitVersion) {
  return {
    version: version.version,
    status: version.status,
    createdAt: version.createdAt,
    ...(version.notes ? { notes: version.notes } : {}),
    ...(version.publishedAt ? { publishedAt: version.publishedAt } : {}),
    ...(version.zipSize !== undefined ? { zipSize: version.zipSize } : {}),
  };
}

export function audienceKind(kit: Pick<Kit, 'audience'>) {
  return typeof kit.audience === 'string' ? kit.audience : ('organisations' as const);
}

export function summaryView(kit: Kit) {
  return {
    slug: kit.slug,
    title: kit.title,
    description: kit.description,
    audience: audienceKind(kit),
    version: kit.currentVersion ?? 0,
  };
}

/** Counts per version and organisation, and every row, oldest first. */
export function downloadStats(downloads: KitDownload[], organisations: Organisation[]) {
  const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  const byVersion = new Map<number, number>();
  const byOrganisation = new Map<string, number>();
  for (const download of downloads) {
    byVersion.set(download.version, (byVersion.get(download.version) ?? 0) + 1);
    const key = download.organisationId ?? '';
    byOrganisation.set(key, (byOrganisation.get(key) ?? 0) + 1);
  }
  return {
    total: downloads.length,
    byVersion: [...byVersion].sort(([a], [b]) => a - b).map(([version, count]) => ({ version, count })),
    byOrganisation: [...byOrganisation].map(([id, count]) => ({
      organisationId: id || null,
      organisation: id ? (names.get(id) ?? id) : 'Sans organisation (équipe, public, lien de partage)',
      count,
    })),
    items: downloads.map((download) => ({
      at: download.at,
      version: download.version,
      file: download.assetName ?? 'Archive ZIP',
      via: download.via,
      ...(download.email ? { email: download.email } : {}),
      ...(download.organisationId ? { organisationId: download.organisationId } : {}),
    })),
  };
}
