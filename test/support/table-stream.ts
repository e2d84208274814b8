import { UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { inject } from 'vitest';
import type { OutboxStreamEvent, OutboxStreamRecord } from '../../functions/outbox/outbox-stream.js';
import { localCredentials } from '../../functions/store/dynamo-client.js';
import type { TestHub } from './test-hub.js';

/**
 * The table's stream as DynamoDB Local keeps it, read the way Lambda's event source mapping reads it
 * (DescribeStream, GetShardIterator, GetRecords), so that the mail worker is fed the records DynamoDB wrote.
 */
export class TableStream {
  private readonly iterators = new Map<string, string | undefined>();

  private constructor(
    private readonly streams: DynamoDBStreamsClient,
    readonly streamArn: string,
  ) {}

  /** Turns on the stream (new images, as lib/data-stack.ts does) of a test hub's fresh table. */
  static async enable(t: Pick<TestHub, 'clients' | 'config'>): Promise<TableStream> {
    const { TableDescription } = await t.clients.dynamo.send(
      new UpdateTableCommand({
        TableName: t.config.HUB_TABLE_NAME,
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
      }),
    );
    const streamArn = TableDescription?.LatestStreamArn;
    if (!streamArn) throw new Error('DynamoDB Local did not enable the stream');
    const streams = new DynamoDBStreamsClient({
      endpoint: inject('dynamoEndpoint'),
      region: 'eu-west-3',
      credentials: localCredentials,
    });
    return new TableStream(streams, streamArn);
  }

  /** The records written since the previous call, as Lambda hands them to the function (one batch). */
  async next(): Promise<OutboxStreamEvent> {
    const { StreamDescription } = await this.streams.send(
      new DescribeStreamCommand({ StreamArn: this.streamArn }),
    );
    const records: OutboxStreamRecord[] = [];
    for (const { ShardId } of StreamDescription?.Shards ?? []) {
      if (!ShardId) continue;
      let iterator = this.iterators.get(ShardId);
      if (!this.iterators.has(ShardId))
        ({ ShardIterator: iterator } = await this.streams.send(
          new GetShardIteratorCommand({
            StreamArn: this.streamArn,
            ShardId,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        ));
      while (iterator) {
        const page = await this.streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
        records.push(...(page.Records ?? []).map((record) => this.asLambdaDelivers(record)));
        this.iterators.set(ShardId, page.NextShardIterator);
        iterator = page.Records?.length ? page.NextShardIterator : undefined;
      }
    }
    return { Records: records };
  }

  /** Lambda adds the stream's ARN and sends the creation time as epoch seconds (the SDK reads it as a Date). */
  private asLambdaDelivers(record: object): OutboxStreamRecord {
    const { dynamodb, ...rest } = record as Omit<OutboxStreamRecord, 'dynamodb'> & {
      dynamodb: Omit<OutboxStreamRecord['dynamodb'], 'ApproximateCreationDateTime'> & {
        ApproximateCreationDateTime?: Date;
      };
    };
    const { ApproximateCreationDateTime: created, ...image } = dynamodb;
    return {
      ...rest,
      eventSourceARN: this.streamArn,
      dynamodb: {
        ...image,
        ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
      },
    };
  }

  destroy(): void {
    this.streams.destroy();
  }
}
