import { request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub } from '../support/test-hub.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request through the agent, so that a keep-alive agent reuses its one connection. */
function send(
  agent: Agent,
  port: number,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: options.method,
        path: options.path,
        headers: options.headers,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode!,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('an oversized body on a keep-alive connection', () => {
  let server: ServerType;
  let port: number;
  let limit: number;

  beforeAll(async () => {
    const t = await createTestHub();
    limit = t.config.HUB_MAX_BODY_BYTES;
    server = await new Promise<ServerType>((resolve) => {
      const listening = serve(
        { fetch: t.app.fetch, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false },
        () => resolve(listening),
      );
    });
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const oversized = () =>
    Buffer.from(JSON.stringify({ email: 'personne@exemple.fr', firstName: 'x'.repeat(limit * 3) }));

  it.each([
    ['with a Content-Length', (body: Buffer) => ({ 'content-length': String(body.length) })],
    ['chunked', () => ({ 'transfer-encoding': 'chunked' })],
  ])('answers 413 %s, and the next request on the same client succeeds', async (_, framing) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = oversized();
      const refused = await send(agent, port, {
        method: 'POST',
        path: '/api/newsletter/subscriptions',
        headers: { 'content-type': 'application/json', ...framing(body) },
        body,
      });
      expect(refused.status).toBe(413);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(refused.body)).toMatchObject({ status: 413 });

      const next = await send(agent, port, { method: 'GET', path: '/health' });
      expect(next.status).toBe(200);
      expect(JSON.parse(next.body)).toEqual({ status: 'ok' });
    } finally {
      agent.destroy();
    }
  });
});
