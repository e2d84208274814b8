import { createAwsClients } from '../store/clients.js';
import { buildHub } from '../composition/hub.js';
import { createApp } from '../composition/full-app.js';
import { loadLambdaConfig } from './lambda-config.js';
import { httpHandler } from './http-handler.js';

/** The full app (staff, partners, and the public routes too): what API Gateway's `$default` route reaches. */
const config = await loadLambdaConfig();
export const handler = httpHandler(createApp(buildHub(config, createAwsClients(config))));
