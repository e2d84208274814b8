import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type {
  DeleteCommand,
  DynamoDBDocumentClient,
  NativeAttributeValue,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';

/** A single-item write whose ConditionExpression may refuse it. */
export type ConditionalWrite = PutCommand | UpdateCommand | DeleteCommand;

/** A write the condition let through, with the item attributes its ReturnValues asked for (if any). */
export interface Written {
  attributes: Record<string, NativeAttributeValue> | undefined;
}

/**
 * Sends a conditional write: what was written, or `undefined` when the condition refused it.
 * A refusal is an expected outcome (a rule or a race said no); every other error is thrown.
 */
export async function writeReturningUnlessRefused(
  dynamo: DynamoDBDocumentClient,
  command: ConditionalWrite,
): Promise<Written | undefined> {
  try {
    // The three commands share one output shape for what is read here; send's overloads take one at a time.
    const { Attributes } = await dynamo.send(command as UpdateCommand);
    return { attributes: Attributes };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/** Sends a conditional write: true when written, false when its condition refused it; other errors are thrown. */
export async function writeUnlessRefused(
  dynamo: DynamoDBDocumentClient,
  command: ConditionalWrite,
): Promise<boolean> {
  return (await writeReturningUnlessRefused(dynamo, command)) !== undefined;
}
