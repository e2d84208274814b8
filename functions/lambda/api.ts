import { handle } from 'hono/aws-lambda';
import { createAwsClients } from '../store/clients.js';
import { buildHub } from '../composition/hub.js';
import { createApp } from '../http/app.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

const config = await loadLambdaConfig();
const serve = handle(createApp(buildHub(config, createAwsClients(config))));

/** API Gateway's request id is the correlation id: the same one appears in the access log and in the app. */
export const handler: typeof serve = (event, context) => {
  const requestId = 'requestId' in event.requestContext ? event.requestContext.requestId : undefined;
  if (requestId && event.headers) event.headers['x-request-id'] ??= requestId;
  beginInvocation(context, requestId);
  return serve(event, context);
};
