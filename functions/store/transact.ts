import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  TransactWriteCommand,
  type TransactWriteCommandInput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { UnavailableError } from '../shared/errors.js';

export type CancellationCode = string | undefined;

/**
 * Outcome of a transaction whose conditions may legitimately fail: `ok`, or the per-item
 * cancellation codes (`ConditionalCheckFailed`, `None`…) so the caller can tell which rule refused.
 */
export type TransactOutcome = { ok: true } | { ok: false; reasons: CancellationCode[] };

const MAX_ATTEMPTS = 40;

/**
 * Runs a TransactWriteItems, retrying the conflicts that concurrent transactions on the same item
 * cause (TransactionConflict, throttling) with full jitter; condition failures are returned, not thrown.
 */
export async function transactWrite(
  client: DynamoDBDocumentClient,
  input: TransactWriteCommandInput,
): Promise<TransactOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.send(new TransactWriteCommand(input));
      return { ok: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = (error.CancellationReasons ?? []).map((reason) => reason.Code);
      if (reasons.includes('ConditionalCheckFailed')) return { ok: false, reasons };
      const retryable = reasons.some(
        (code) =>
          code === 'TransactionConflict' ||
          code === 'ThrottlingError' ||
          code === 'ProvisionedThroughputExceeded',
      );
      if (!retryable) return { ok: false, reasons };
      if (attempt >= MAX_ATTEMPTS) throw new UnavailableError();
      await sleep(Math.random() * Math.min(400, 5 * 2 ** attempt));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
