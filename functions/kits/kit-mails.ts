import type { VersionChanges } from './version-changes-rules.js';

export interface KitUpdate {
  kitTitle: string;
  version: number;
  previousVersion: number;
  changes: VersionChanges;
  notes?: string;
  kitUrl: string;
  optOutUrl: string;
}

/** The mail to members who downloaded an earlier version of a kit. */
export interface KitMails {
  versionPublished(to: string, update: KitUpdate): Promise<void>;
}
