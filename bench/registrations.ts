import { TransactWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startLocalHub } from '../functions/local/local-hub.js';
import { freePort } from '../functions/local/free-port.js';
import { newId } from '../functions/shared/ids.js';
import type { Hub } from '../functions/composition/hub.js';
import { drive, loop, type Throughput } from './measure.js';
import { benchRateLimitCost, type RateLimitCost } from './rate-limits.js';

const CLIENTS = 50;
const SECONDS = 8;
// Past the listen backlog (511) the kernel resets connections: keep the attempts in flight below it.
const IN_FLIGHT = 500;

export interface RegistrationFigures {
  health: Throughput;
  rawTransaction: Throughput;
  registrations: Throughput;
  rateLimitCost: RateLimitCost;
  fill: {
    attempts: number;
    inFlight: number;
    seats: number;
    seconds: number;
    confirmed: number;
    refused: number;
    failed: number;
  };
}

async function publishedEvent(hub: Hub, title: string, capacity?: number) {
  const start = new Date(Date.now() + 30 * 86_400_000);
  const event = await hub.events.create({
    kind: 'technical-day',
    title,
    summary: 'Mesure de charge',
    description: 'Événement créé par le banc de mesure.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    ...(capacity ? { capacity } : {}),
    waitlist: false,
    venue: { name: 'Salle de test', address: '1 rue du Banc', city: 'Lyon' },
  });
  return hub.events.publish(event.id);
}

function registrationBody(n: number): string {
  return JSON.stringify({
    firstName: 'Camille',
    lastName: `Banc ${n}`,
    email: `banc.${n}.${newId().toLowerCase()}@exemple.fr`,
    consent: true,
  });
}

/** The store's limit: the same shape of two-item transaction, sent straight to the same DynamoDB Local. */
function rawTransaction(client: DynamoDBDocumentClient, table: string, counterId: string) {
  return (n: number) =>
    client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: { pk: `BENCH#${counterId}`, sk: `REG#${n}#${newId()}`, email: `raw.${n}@exemple.fr` },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: table,
              Key: { pk: `BENCH#${counterId}`, sk: 'COUNTER' },
              UpdateExpression: 'ADD confirmedCount :one',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
        ],
      }),
    );
}

export async function benchRegistrations(): Promise<RegistrationFigures> {
  const port = await freePort();
  // Every request of the bench comes from one client, far above any per-client limit.
  process.env.HUB_RATE_LIMITS = 'off';
  const local = await startLocalHub({ port, staffEmails: 'banc@exemple.fr', seed: false });
  try {
    const { hub, url } = local;
    const health = await drive(`${url}/health`, { connections: CLIENTS, seconds: SECONDS });

    const dynamo = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        region: hub.config.AWS_REGION,
        endpoint: hub.config.DYNAMODB_ENDPOINT,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    );
    const rawTx = rawTransaction(dynamo, hub.config.HUB_TABLE_NAME, newId());
    const rawTransactionFigures = await loop(CLIENTS, SECONDS, (n) => withConflictRetry(() => rawTx(n)));

    const open = await publishedEvent(hub, `Banc inscriptions ${newId()}`);
    const registrations = await drive(`${url}/api/events/${open.slug}/registrations`, {
      connections: CLIENTS,
      seconds: SECONDS,
      method: 'POST',
      body: registrationBody,
    });

    const rateLimitCost = await benchRateLimitCost(
      local,
      (title) => publishedEvent(hub, title),
      registrationBody,
    );

    const seats = 1000;
    const attempts = 5000;
    const full = await publishedEvent(hub, `Banc remplissage ${newId()}`, seats);
    const started = performance.now();
    const statuses = await inFlight(IN_FLIGHT, attempts, (n) =>
      fetch(`${url}/api/events/${full.slug}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: registrationBody(n),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => 0,
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const confirmed = (await hub.events.get(full.id)).confirmedCount;
    return {
      health,
      rawTransaction: rawTransactionFigures,
      registrations,
      rateLimitCost,
      fill: {
        attempts,
        seats,
        seconds,
        confirmed,
        refused: statuses.filter((status) => status === 409).length,
        failed: statuses.filter((status) => status !== 201 && status !== 409).length,
        inFlight: IN_FLIGHT,
      },
    };
  } finally {
    await local.stop();
  }
}

/** The raw baseline retries conflicts the same way the hub does, so both pay for contention alike. */
async function withConflictRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as Error).name !== 'TransactionCanceledException' || attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 5 * 2 ** attempt)));
    }
  }
}

/** Runs `count` tasks, at most `limit` at a time; results in task order. */
async function inFlight<T>(limit: number, count: number, task: (n: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) {
        const n = next++;
        results[n] = await task(n);
      }
    }),
  );
  return results;
}
