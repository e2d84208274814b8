import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = 'demo-data';

/**
 * Whether the data folder holds the demo data of a first start: a marker file beside the data, so that the
 * console keeps saying so on later starts (in memory, only the start that seeded knows it).
 */
export function hasDemoData(dataDir: string | undefined): boolean {
  return dataDir ? existsSync(join(dataDir, MARKER)) : false;
}

export function markDemoData(dataDir: string | undefined): void {
  if (!dataDir) return;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, MARKER), 'Données de démonstration créées au premier démarrage.\n');
}
