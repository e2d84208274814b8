import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError } from '../config/config.js';

/** Where the AWS Parameters and Secrets Lambda Extension listens unless told otherwise. */
const DEFAULT_PORT = '2773';

export interface SecretReadOptions {
  /** The extension may still be starting when the function's own initialisation runs: retry this long. */
  patienceMs?: number;
  retryEveryMs?: number;
}

/**
 * Reads a secret's string through the AWS Parameters and Secrets Lambda Extension (the layer CDK adds to every
 * function given a secret's ARN, lib/hub-function.ts): one HTTP call on loopback, authenticated with the
 * function's session token, instead of a Secrets Manager client in every bundle. Lambda starts the runtime's
 * initialisation as soon as the extension has registered, possibly before it listens, hence the retries.
 */
export async function readSecretThroughExtension(
  secretId: string,
  env: Record<string, string | undefined>,
  { patienceMs = 3000, retryEveryMs = 50 }: SecretReadOptions = {},
): Promise<string> {
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? DEFAULT_PORT;
  const url = `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`;
  const headers = { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' };
  const deadline = Date.now() + patienceMs;
  for (;;) {
    // Bounded by the same deadline: an extension that accepts the connection and never answers fails the cold start.
    const signal = AbortSignal.timeout(Math.max(deadline - Date.now(), 1));
    const outcome = await fetch(url, { headers, signal })
      .then(async (response) => ({ response, body: await response.text() }))
      .catch((error: unknown) => ({ error }));
    if ('response' in outcome && outcome.response.ok) return secretStringOf(outcome.body);
    // A refused connection or "not ready" (400) while the extension starts; anything else will not get better.
    const retryable = 'error' in outcome || outcome.response.status === 400;
    if (!retryable || Date.now() >= deadline)
      throw new ConfigError(`Lecture du secret ${secretId} impossible : ${describe(outcome)}`);
    await sleep(retryEveryMs);
  }
}

function secretStringOf(body: string): string {
  const { SecretString } = JSON.parse(body) as { SecretString?: unknown };
  if (typeof SecretString !== 'string') throw new ConfigError('Le secret ne contient pas de texte.');
  return SecretString;
}

function describe(outcome: { response: Response; body: string } | { error: unknown }): string {
  if ('error' in outcome)
    return outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
  return `${outcome.response.status} ${outcome.body.slice(0, 200)}`;
}
