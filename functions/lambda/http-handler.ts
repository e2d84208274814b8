import { handle } from 'hono/aws-lambda';
import type { PublicApp } from '../http/env.js';
import { beginInvocation } from './invocation.js';

/**
 * An API Gateway handler for a Hono app. API Gateway's request id is the correlation id: the same one appears
 * in the access log and in the app (which reads it from the request context, never from a client's header).
 */
export function httpHandler(app: PublicApp): ReturnType<typeof handle> {
  const serve = handle(app);
  return (event, context) => {
    const requestId = 'requestId' in event.requestContext ? event.requestContext.requestId : undefined;
    beginInvocation(context, requestId);
    return serve(event, context);
  };
}
