import { handle } from 'hono/aws-lambda';
import type { PublicApp } from '../http/env.js';
import { beginInvocation } from './invocation.js';

/**
 * An API Gateway handler for a Hono app. API Gateway's request id is the correlation id: the same one appears
 * in the access log and in the app.
 */
export function httpHandler(app: PublicApp): ReturnType<typeof handle> {
  const serve = handle(app);
  return (event, context) => {
    const requestId = 'requestId' in event.requestContext ? event.requestContext.requestId : undefined;
    if (requestId && event.headers) event.headers['x-request-id'] ??= requestId;
    beginInvocation(context, requestId);
    return serve(event, context);
  };
}
