import type { Kit } from './kit.js';

/** Whoever asks: resolved from the session cookie and, for journalists, a share link. */
export type Viewer =
  | { kind: 'anonymous'; sharedKitId?: string }
  | { kind: 'staff'; email: string; sharedKitId?: string }
  | { kind: 'partner'; email: string; organisationId: string; sharedKitId?: string };

/**
 * Whether the viewer may see the kit's published version. Callers answer 404 otherwise, as for a kit
 * that does not exist, so nobody learns that a restricted kit is there.
 */
export function canSee(kit: Pick<Kit, 'id' | 'audience' | 'currentVersion'>, viewer: Viewer): boolean {
  if (kit.currentVersion === undefined) return false;
  if (viewer.kind === 'staff') return true;
  if (viewer.sharedKitId === kit.id) return true;
  if (kit.audience === 'public') return true;
  if (viewer.kind !== 'partner') return false;
  if (kit.audience === 'partners') return true;
  return kit.audience.organisations.includes(viewer.organisationId);
}

export function downloadVia(kit: Pick<Kit, 'id' | 'audience'>, viewer: Viewer) {
  if (viewer.kind === 'staff') return 'staff' as const;
  if (viewer.kind === 'partner' && kit.audience !== 'public') return 'partner' as const;
  if (kit.audience !== 'public' && viewer.sharedKitId === kit.id) return 'share' as const;
  return viewer.kind === 'partner' ? ('partner' as const) : ('public' as const);
}
