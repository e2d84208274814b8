import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLambdaConfig } from '../../functions/lambda/lambda-config.js';
import { readSecretThroughExtension } from '../../functions/lambda/secrets-extension.js';

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:SigningKey-AbCdEf';
const SESSION_TOKEN = 'jeton-de-session';

/**
 * The extension's side of the loopback call, as AWS documents it: GET /secretsmanager/get?secretId=…,
 * authenticated by the X-Aws-Parameters-Secrets-Token header, answering GetSecretValue's JSON.
 */
function startExtension(answer: (request: IncomingMessage) => { status: number; body: string }) {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    const { status, body } = answer(request);
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  return new Promise<{ server: Server; port: string; requests: IncomingMessage[] }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: String((server.address() as AddressInfo).port), requests }),
    ),
  );
}

function envFor(port: string) {
  return {
    HUB_STAFF_EMAILS: 'equipe@filiere-test.fr',
    HUB_SIGNING_KEY_SECRET_ARN: SECRET_ARN,
    AWS_REGION: 'eu-west-3',
    AWS_SESSION_TOKEN: SESSION_TOKEN,
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port,
  };
}

const authorised = (request: IncomingMessage) =>
  request.headers['x-aws-parameters-secrets-token'] === SESSION_TOKEN &&
  new URL(request.url ?? '', 'http://localhost').searchParams.get('secretId') === SECRET_ARN;

describe('the Lambda configuration', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('reads the signing key through the Parameters and Secrets extension, with the session token', async () => {
    // Prepare
    const key = 'k'.repeat(64);
    const extension = await startExtension((request) =>
      authorised(request)
        ? { status: 200, body: JSON.stringify({ ARN: SECRET_ARN, SecretString: key }) }
        : { status: 401, body: '{}' },
    );
    server = extension.server;
    // Act
    const config = await loadLambdaConfig(envFor(extension.port));
    // Assess
    expect(config.HUB_SIGNING_KEY).toBe(key);
    expect(extension.requests).toHaveLength(1);
    expect(extension.requests[0]!.method).toBe('GET');
    expect(new URL(extension.requests[0]!.url ?? '', 'http://localhost').pathname).toBe(
      '/secretsmanager/get',
    );
  });

  it('waits for an extension that is not ready yet', async () => {
    const key = 'r'.repeat(48);
    let calls = 0;
    const extension = await startExtension(() =>
      ++calls < 3
        ? { status: 400, body: 'not ready to serve traffic, please wait' }
        : { status: 200, body: JSON.stringify({ SecretString: key }) },
    );
    server = extension.server;

    const config = await loadLambdaConfig(envFor(extension.port));

    expect(config.HUB_SIGNING_KEY).toBe(key);
    expect(calls).toBe(3);
  });

  it('fails fast, without retrying, when the extension refuses the read', async () => {
    const extension = await startExtension(() => ({ status: 403, body: '{"message":"AccessDenied"}' }));
    server = extension.server;

    await expect(loadLambdaConfig(envFor(extension.port))).rejects.toThrow(/403/);
    expect(extension.requests).toHaveLength(1);
  });

  it('gives up on an extension that accepts the call and never answers, once its patience is spent', async () => {
    const silent = createServer(() => {});
    server = silent;
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = String((silent.address() as AddressInfo).port);

    await expect(readSecretThroughExtension(SECRET_ARN, envFor(port), { patienceMs: 300 })).rejects.toThrow(
      /Lecture du secret/,
    );
  });

  it('fails fast when the secret is too short to sign with', async () => {
    const extension = await startExtension(() => ({ status: 200, body: '{"SecretString":"court"}' }));
    server = extension.server;
    await expect(loadLambdaConfig(envFor(extension.port))).rejects.toThrow(/HUB_SIGNING_KEY/);
  });

  it('keeps a key given in the environment and calls no extension', async () => {
    const extension = await startExtension(() => ({ status: 500, body: '{}' }));
    server = extension.server;
    const key = 'e'.repeat(40);

    const config = await loadLambdaConfig({ ...envFor(extension.port), HUB_SIGNING_KEY: key });

    expect(config.HUB_SIGNING_KEY).toBe(key);
    expect(extension.requests).toHaveLength(0);
  });
});
