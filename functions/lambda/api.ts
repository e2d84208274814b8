import { fullApp } from '../composition/full-app.js';
import { loadLambdaConfig } from './lambda-config.js';
import { httpHandler } from './http-handler.js';

/** The full app (staff, partners, and the public routes too): what API Gateway's `$default` route reaches. */
export const handler = httpHandler(fullApp(await loadLambdaConfig()));
