import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCampaignStore } from '../../functions/campaigns/dynamo-campaign-store.js';
import { keys } from '../../functions/store/keys.js';

const TABLE = 'hub';

/** An archive item as the hub wrote it before only public campaigns were archived (no `archivable`). */
const olderItem = (id: string, sentAt: string) => ({
  ...keys.archivedCampaign(sentAt, id),
  campaignId: id,
  subject: `Lettre ${id}`,
  sentAt,
});

describe('archive items written before only public campaigns were archived', () => {
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-3' }));
  const table = mockClient(dynamo);
  const store = new DynamoCampaignStore(dynamo, TABLE);

  beforeEach(() => {
    table.reset();
    table.on(QueryCommand).resolves({
      Items: [
        { ...olderItem('recente', '2026-12-01T09:00:00.000Z'), archivable: true },
        olderItem('evenement', '2026-06-01T09:00:00.000Z'),
        olderItem('themes', '2026-03-01T09:00:00.000Z'),
        olderItem('effacee', '2026-02-01T09:00:00.000Z'),
      ],
    });
  });

  afterAll(() => table.restore());

  it('are listed only when their campaign is public, the newer items without a read', async () => {
    table.on(BatchGetCommand).resolves({
      Responses: {
        [TABLE]: [
          { id: 'evenement', audience: { event: { id: 'e1', who: 'attendees' } } },
          { id: 'themes', audience: { topics: ['webinaires'] } },
        ],
      },
    });

    const listed = await store.listSent();

    expect(listed.map((entry) => entry.id)).toEqual(['recente', 'themes']);
    const [read] = table.commandCalls(BatchGetCommand);
    expect(read!.args[0].input.RequestItems![TABLE]!.Keys).toEqual(
      ['evenement', 'themes', 'effacee'].map((id) => keys.campaign(id)),
    );
  });

  it('fail closed: when their campaigns cannot be read, nothing is listed', async () => {
    table
      .on(BatchGetCommand)
      .rejects(new ProvisionedThroughputExceededException({ message: 'throttled', $metadata: {} }));

    await expect(store.listSent()).rejects.toThrow('throttled');
    await expect(store.listSent(20)).rejects.toThrow('throttled');
  });
});
