import { InternalServerError } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { createDynamoClient } from '../../functions/store/dynamo-client.js';
import type { TestHub } from './test-hub.js';

const COMMANDS = [
  GetCommand,
  PutCommand,
  UpdateCommand,
  DeleteCommand,
  QueryCommand,
  ScanCommand,
  BatchGetCommand,
  BatchWriteCommand,
  TransactWriteCommand,
];

type CommandName = (typeof COMMANDS)[number]['name'];

interface Fault {
  command: CommandName;
  matches: (input: Record<string, unknown>) => boolean;
  /** How many more matching calls fail; Infinity for all. */
  left: number;
  /** The request reaches DynamoDB, then its answer is lost (the caller died, or the network cut). */
  afterWrite: boolean;
}

/** What a DynamoDB request that failed on the service's side looks like to the SDK's caller. */
export const dynamoOutage = () =>
  new InternalServerError({ message: 'Panne simulée de DynamoDB', $metadata: { httpStatusCode: 500 } });

/**
 * A DynamoDB client on the test hub's table whose requests go through aws-sdk-client-mock: each passes
 * through to DynamoDB Local unless a fault set with `fail` matches it, which then throws a service error.
 */
export function faultyDynamo(t: Pick<TestHub, 'config'>) {
  const real = createDynamoClient(t.config);
  const client: DynamoDBDocumentClient = createDynamoClient(t.config);
  const mock = mockClient(client);
  const faults: Fault[] = [];
  const calls: { command: CommandName; input: Record<string, unknown> }[] = [];
  for (const Command of COMMANDS)
    // One command class at a time: the union of their constructors is more than the mock's overloads take.
    mock.on(Command as typeof GetCommand).callsFake(async (input: Record<string, unknown>) => {
      calls.push({ command: Command.name, input });
      const fault = faults.find(
        (candidate) => candidate.left > 0 && candidate.command === Command.name && candidate.matches(input),
      );
      if (fault) fault.left--;
      if (fault && !fault.afterWrite) throw dynamoOutage();
      // The pass-through takes the input as the mock received it: one command of each kind at a time.
      const output: unknown = await real.send(new Command(input as never) as never);
      if (fault) throw dynamoOutage();
      return output;
    });
  return {
    client,
    calls,
    /**
     * The next `times` requests of this kind that `matches` accepts fail (every one: Infinity): before they
     * reach DynamoDB, or with `afterWrite` once DynamoDB applied them.
     */
    fail(command: CommandName, matches: Fault['matches'] = () => true, times = 1, afterWrite = false): void {
      faults.push({ command, matches, left: times, afterWrite });
    },
    restore(): void {
      mock.restore();
      real.destroy();
    },
  };
}

/** A request that names this text in its input: `mentions('"pk":"OUTBOX#')` (a write of an outbox item…). */
export const mentions = (text: string) => (input: Record<string, unknown>) =>
  JSON.stringify(input).includes(text);
