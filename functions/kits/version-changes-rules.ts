import type { KitAsset } from './kit.js';

export interface VersionChanges {
  added: string[];
  removed: string[];
  updated: string[];
}

/** What a new version changed, by file name: added, removed, or same name with other bytes. */
export function versionChanges(previous: KitAsset[], next: KitAsset[]): VersionChanges {
  const before = new Map(previous.map((asset) => [asset.name, asset.sha256]));
  const after = new Map(next.map((asset) => [asset.name, asset.sha256]));
  return {
    added: [...after.keys()].filter((name) => !before.has(name)),
    removed: [...before.keys()].filter((name) => !after.has(name)),
    updated: [...after.entries()]
      .filter(([name, sha]) => before.has(name) && before.get(name) !== sha)
      .map(([name]) => name),
  };
}
