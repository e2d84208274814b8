import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, queryAll, stripKeys, transactWrite, writeUnlessRefused } from '../store/table.js';
import type { Survey, SurveyAnswer, SurveyInvitation } from './survey.js';
import type { AnswerOutcome, SurveyStore } from './survey-store.js';

/** A survey item and one invitation item per person, in the event's partition. */
export class DynamoSurveyStore implements SurveyStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(eventId: string): Promise<Survey | undefined> {
    const item = await getItem(this.client, this.tableName, keys.survey(eventId));
    return item ? stripKeys<Survey>(item) : undefined;
  }

  start(survey: Survey): Promise<boolean> {
    return this.putNew({ ...keys.survey(survey.eventId), ...survey });
  }

  invite(invitation: SurveyInvitation): Promise<boolean> {
    return this.putNew({
      ...keys.surveyInvitation(invitation.eventId, invitation.registrationId),
      ...invitation,
    });
  }

  async invitations(eventId: string): Promise<SurveyInvitation[]> {
    const items = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.event(eventId).pk, ':prefix': keys.surveyInvitationPrefix },
      ConsistentRead: true,
    });
    return items.map((item) => stripKeys<SurveyInvitation>(item));
  }

  async invitation(eventId: string, registrationId: string): Promise<SurveyInvitation | undefined> {
    const item = await getItem(this.client, this.tableName, keys.surveyInvitation(eventId, registrationId));
    return item ? stripKeys<SurveyInvitation>(item) : undefined;
  }

  async answer(eventId: string, registrationId: string, answer: SurveyAnswer): Promise<AnswerOutcome> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          ConditionCheck: {
            TableName: this.tableName,
            Key: keys.survey(eventId),
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(closedAt)',
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: keys.surveyInvitation(eventId, registrationId),
            // The first answer's date stays when the person edits it.
            UpdateExpression: 'SET answer = :answer',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':answer': answer },
          },
        },
      ],
    });
    if (outcome.ok) return 'saved';
    return outcome.reasons[0] === 'ConditionalCheckFailed' ? 'closed' : 'not-invited';
  }

  startReminders(eventId: string, at: string): Promise<boolean> {
    return this.setOnce(keys.survey(eventId), 'remindedAt', at, 'attribute_not_exists(closedAt)');
  }

  markReminded(eventId: string, registrationId: string, at: string): Promise<boolean> {
    return this.setOnce(keys.surveyInvitation(eventId, registrationId), 'remindedAt', at);
  }

  close(eventId: string, at: string): Promise<boolean> {
    return this.setOnce(keys.survey(eventId), 'closedAt', at);
  }

  private putNew(item: Record<string, unknown>): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new PutCommand({
        TableName: this.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  private setOnce(
    key: { pk: string; sk: string },
    attribute: 'remindedAt' | 'closedAt',
    at: string,
    extraCondition?: string,
  ): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: 'SET #at = :at',
        ConditionExpression: [
          'attribute_exists(pk) AND attribute_not_exists(#at)',
          ...(extraCondition ? [extraCondition] : []),
        ].join(' AND '),
        ExpressionAttributeNames: { '#at': attribute },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }
}
