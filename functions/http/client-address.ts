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

/**
 * What a client is counted as: its IPv4 address, or the /64 its IPv6 address belongs to, since one subscriber's line
 * or one server is routinely given a whole /64 to pick addresses from.
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
