import { handle } from 'hono/aws-lambda';
import { loadConfig } from '../config/config.js';
import { createAwsClients } from '../store/clients.js';
import { buildHub } from '../composition/hub.js';
import { createApp } from '../http/app.js';

const config = loadConfig();
export const handler = handle(createApp(buildHub(config, createAwsClients(config))));
