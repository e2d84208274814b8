import { serve } from '@hono/node-server';
import { createAwsClients } from '../functions/composition/adapters.js';
import { createApp } from '../functions/composition/full-app.js';
import { buildHub, type Hub } from '../functions/composition/hub.js';
import { freePort } from '../functions/local/free-port.js';
import { newId } from '../functions/shared/ids.js';
import { drive, type Throughput } from './measure.js';

// Half of the registration run's clients on each app, both at once.
const CLIENTS_EACH = 25;
const ROUND_SECONDS = 10;
const ROUNDS = 3;

export interface RateLimitCost {
  limitsOn: Throughput;
  limitsOff: Throughput;
  rounds: number;
}

/**
 * The limiter's cost: registrations per second through the app with the limits on but a budget too high to
 * refuse (HUB_RATE_LIMIT_PER_MINUTE=1000000: every request still writes its counter), and through the local hub
 * with HUB_RATE_LIMITS=off, both on the same DynamoDB Local and SES and driven at the same time, so that whatever
 * else the machine does lands on both alike.
 */
export async function benchRateLimitCost(
  offHub: { hub: Hub; url: string },
  publishedEvent: (title: string) => Promise<{ slug: string }>,
  registrationBody: (n: number) => string,
): Promise<RateLimitCost> {
  const config = {
    ...offHub.hub.config,
    HUB_RATE_LIMITS: 'on' as const,
    HUB_RATE_LIMIT_PER_MINUTE: 1_000_000,
  };
  const port = await freePort();
  const server = serve({
    fetch: createApp(buildHub(config, createAwsClients(config))).fetch,
    port,
    hostname: '127.0.0.1',
  });
  const onUrl = `http://127.0.0.1:${port}`;
  const runs: { on: Throughput[]; off: Throughput[] } = { on: [], off: [] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const [on, off] = await Promise.all(
        [onUrl, offHub.url].map(async (url) => {
          const event = await publishedEvent(`Banc limites ${newId()}`);
          return drive(`${url}/api/events/${event.slug}/registrations`, {
            connections: CLIENTS_EACH,
            seconds: ROUND_SECONDS,
            method: 'POST',
            body: registrationBody,
          });
        }),
      );
      runs.on.push(on!);
      runs.off.push(off!);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return { limitsOn: combined(runs.on), limitsOff: combined(runs.off), rounds: ROUNDS };
}

/** The rounds of one mode as one run: mean rate, worst percentiles, every non-2xx and error. */
function combined(runs: Throughput[]): Throughput {
  return {
    perSecond: runs.reduce((sum, run) => sum + run.perSecond, 0) / runs.length,
    p50: Math.max(...runs.map((run) => run.p50)),
    p99: Math.max(...runs.map((run) => run.p99)),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}
