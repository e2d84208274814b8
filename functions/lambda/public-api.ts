import { publicApp } from '../composition/public-app.js';
import { PUBLIC_CONFIG } from '../composition/public-hub.js';
import { loadLambdaConfig } from './lambda-config.js';
import { httpHandler } from './http-handler.js';

/** The public site and API only (the routes lib/public-routes.ts sends here). */
export const handler = httpHandler(publicApp(await loadLambdaConfig(process.env, PUBLIC_CONFIG)));
