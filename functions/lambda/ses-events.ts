import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { configSchema } from '../config/config.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import { feedbackActions, sesEventRecordSchema } from '../suppression/feedback-rules.js';
import { logger } from '../shared/logger.js';
import { beginInvocation } from './invocation.js';

// This function needs the table only: no signing key, no mail sending.
const env = configSchema
  .pick({ HUB_TABLE_NAME: true, AWS_REGION: true, DYNAMODB_ENDPOINT: true })
  .parse(process.env);
const dynamo = new DynamoDBClient({
  region: env.AWS_REGION,
  ...(env.DYNAMODB_ENDPOINT
    ? { endpoint: env.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
    : {}),
});
const suppressionList = new DynamoSuppressionList(DynamoDBDocumentClient.from(dynamo), env.HUB_TABLE_NAME);

/** An SES event as EventBridge delivers it: the SES record is the `detail`. */
const eventSchema = z.object({ id: z.string(), time: z.iso.datetime(), detail: sesEventRecordSchema });

export async function handler(event: unknown, context?: { awsRequestId: string }): Promise<void> {
  const { id, time, detail } = eventSchema.parse(event);
  beginInvocation(context, id);
  const at = new Date(time);
  const actions = feedbackActions(detail);
  await Promise.all([
    ...actions.suppress.map(({ email, reason }) => suppressionList.suppress(email, reason, at)),
    ...actions.softBounces.map((email) => suppressionList.recordSoftBounce(email, at)),
  ]);
  logger.info('ses feedback', {
    eventType: detail.eventType,
    messageId: detail.mail.messageId,
    suppressed: actions.suppress.length,
    softBounces: actions.softBounces.length,
  });
}
