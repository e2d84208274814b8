import { loadConfig, type HubConfig } from '../config/config.js';
import { readSecretThroughExtension } from './secrets-extension.js';

/**
 * The configuration of a Lambda: the environment, plus the signing key read from Secrets Manager when
 * `HUB_SIGNING_KEY_SECRET_ARN` names it. The entries await this at top level: one read per cold start.
 */
export async function loadLambdaConfig(
  env: Record<string, string | undefined> = process.env,
): Promise<HubConfig> {
  const secretArn = env.HUB_SIGNING_KEY_SECRET_ARN;
  if (!secretArn || env.HUB_SIGNING_KEY) return loadConfig(env);
  return loadConfig({ ...env, HUB_SIGNING_KEY: await readSecretThroughExtension(secretArn, env) });
}
