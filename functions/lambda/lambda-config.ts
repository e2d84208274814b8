import { loadConfig, type ConfigKey, type ConfigPart, type HubConfig } from '../config/config.js';
import { readSecretThroughExtension } from './secrets-extension.js';

/**
 * The configuration of a Lambda, or the part of it its entry reads: the environment, plus the signing key read
 * from Secrets Manager when `HUB_SIGNING_KEY_SECRET_ARN` names it and the entry reads the key. The entries
 * await this at top level: one read per cold start.
 */
export async function loadLambdaConfig(env?: Record<string, string | undefined>): Promise<HubConfig>;
export async function loadLambdaConfig<K extends ConfigKey>(
  env: Record<string, string | undefined>,
  part: readonly K[],
): Promise<ConfigPart<K>>;
export async function loadLambdaConfig(
  env: Record<string, string | undefined> = process.env,
  part?: readonly ConfigKey[],
): Promise<Partial<HubConfig>> {
  const secretArn = env.HUB_SIGNING_KEY_SECRET_ARN;
  const readsKey = !part || part.includes('HUB_SIGNING_KEY');
  const withKey =
    secretArn && readsKey && !env.HUB_SIGNING_KEY
      ? { ...env, HUB_SIGNING_KEY: await readSecretThroughExtension(secretArn, env) }
      : env;
  return part ? loadConfig(withKey, part) : loadConfig(withKey);
}
