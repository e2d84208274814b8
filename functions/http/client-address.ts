import type { Context } from 'hono';

/** What the runtime adapters hand the app as `c.env`, as far as the client's address goes. */
interface RuntimeBindings {
  /** hono/aws-lambda: API Gateway's request context (HTTP API, or REST API). */
  requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } };
  /** @hono/node-server: the request's socket. */
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * Where the request came from, as the runtime saw it: API Gateway's source IP in Lambda, the socket's peer
 * locally. Never a header: `X-Forwarded-For` and its kin say whatever the client wrote.
 */
export function clientAddress(c: Context): string {
  const env = c.env as RuntimeBindings | undefined;
  return (
    env?.requestContext?.http?.sourceIp ??
    env?.requestContext?.identity?.sourceIp ??
    env?.incoming?.socket?.remoteAddress ??
    'unknown'
  );
}
