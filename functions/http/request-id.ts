import type { Context, MiddlewareHandler } from 'hono';
import { newId } from '../shared/ids.js';
import type { HubEnv } from './env.js';

/** What a client may name its request: line breaks, markup or kilobytes never reach the logs. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Names each request for the logs: in Lambda, API Gateway's request id (the access log's, which the client
 * cannot choose); elsewhere the client's `x-request-id` if it looks like an id; otherwise a new one.
 */
export function requestIdMiddleware(): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    c.set('requestId', gatewayRequestId(c) ?? clientRequestId(c) ?? newId());
    await next();
  };
}

/** hono/aws-lambda hands API Gateway's request context to the app as its env. */
function gatewayRequestId(c: Context<HubEnv>): string | undefined {
  const env = c.env as { requestContext?: { requestId?: unknown } } | undefined;
  const requestId = env?.requestContext?.requestId;
  return typeof requestId === 'string' && requestId !== '' ? requestId : undefined;
}

function clientRequestId(c: Context<HubEnv>): string | undefined {
  const requestId = c.req.header('x-request-id');
  return requestId !== undefined && CLIENT_REQUEST_ID.test(requestId) ? requestId : undefined;
}
