import { Logger } from '@aws-lambda-powertools/logger';

/** JSON logs; in Lambda the request id is the correlation id, locally the hub sets one per request. */
export const logger = new Logger({ serviceName: 'filiere-hub' });
