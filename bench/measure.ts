import autocannon from 'autocannon';

export interface Throughput {
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Drives `url` with `connections` concurrent clients for `seconds`, on loopback only. */
export async function drive(
  url: string,
  options: { connections: number; seconds: number; method?: 'GET' | 'POST'; body?: (n: number) => string },
): Promise<Throughput> {
  let n = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: { 'content-type': 'application/json' },
    ...(options.body
      ? { requests: [{ setupRequest: (request) => ({ ...request, body: options.body!(n++) }) }] }
      : {}),
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Runs `work` from `concurrency` workers for `seconds`; rate and latency percentiles of its calls. */
export async function loop(
  concurrency: number,
  seconds: number,
  work: (n: number) => Promise<unknown>,
): Promise<Throughput> {
  const latencies: number[] = [];
  let n = 0;
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        try {
          await work(n++);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), non2xx: 0, errors };
}
