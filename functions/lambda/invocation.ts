import { logger } from '../shared/logger.js';

/** Every log line of this invocation carries the Lambda context and the given correlation id. */
export function beginInvocation(context: { awsRequestId: string } | undefined, correlationId?: string): void {
  if (context) logger.addContext(context as Parameters<typeof logger.addContext>[0]);
  logger.setCorrelationId(correlationId ?? context?.awsRequestId);
}
