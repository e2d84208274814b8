import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { newToken } from '../shared/ids.js';

export const DEFAULT_LOCAL_STAFF_EMAIL = 'equipe@filiere-aimants-aura.fr';

const localSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HUB_DATA_DIR: z.string().default('.data'),
  HUB_MEMORY: z.stringbool().default(false),
  HUB_STAFF_EMAILS: z.string().default(DEFAULT_LOCAL_STAFF_EMAIL),
  HUB_SEED: z.stringbool().default(true),
});

export interface LocalOptions {
  port: number;
  /** Undefined when everything stays in memory. */
  dataDir?: string;
  staffEmails: string;
  /** Whether a first start (no event yet) seeds the demo data. */
  seed: boolean;
}

export function readLocalOptions(env: Record<string, string | undefined> = process.env): LocalOptions {
  const parsed = localSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Configuration locale invalide : ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(', ')}`,
    );
  }
  const { PORT, HUB_DATA_DIR, HUB_MEMORY, HUB_STAFF_EMAILS, HUB_SEED } = parsed.data;
  return {
    port: PORT,
    ...(HUB_MEMORY ? {} : { dataDir: resolve(HUB_DATA_DIR) }),
    staffEmails: HUB_STAFF_EMAILS,
    seed: HUB_SEED,
  };
}

/** The local hub's signing key: kept in the data folder so links in earlier mails keep working. */
export function localSigningKey(dataDir: string | undefined): string {
  if (!dataDir) return newToken(48);
  const file = join(dataDir, 'signing-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = newToken(48);
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}
