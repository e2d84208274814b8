import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { loadConfig, type HubConfig } from '../config/config.js';

/**
 * The configuration of a Lambda: the environment, plus the signing key read from Secrets Manager when
 * `HUB_SIGNING_KEY_SECRET_ARN` names it. The entries await this at top level: one read per cold start.
 */
export async function loadLambdaConfig(
  env: Record<string, string | undefined> = process.env,
): Promise<HubConfig> {
  const secretArn = env.HUB_SIGNING_KEY_SECRET_ARN;
  if (!secretArn || env.HUB_SIGNING_KEY) return loadConfig(env);
  const secrets = new SecretsManagerClient({ region: env.AWS_REGION });
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: secretArn }));
  secrets.destroy();
  return loadConfig({ ...env, HUB_SIGNING_KEY: SecretString });
}
