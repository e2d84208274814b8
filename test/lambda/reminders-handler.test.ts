import type { handler as RemindersHandler } from '../../functions/lambda/reminders.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { mailsTo } from '../support/ses-store.js';
import type { TestHub } from '../support/test-hub.js';
import { lambdaContext, lambdaEnvironment, schedulerInvocation } from './lambda-events.js';

type Handler = typeof RemindersHandler;

describe('the reminders Lambda handler', () => {
  let t: TestHub;
  let handler: Handler;

  beforeAll(async () => {
    t = await lambdaEnvironment();
    ({ handler } = await import('../../functions/lambda/reminders.js'));
  });

  it('sends the hour-before reminder once when the schedule fires twice', async () => {
    const now = new Date();
    const event = await publishedEvent(t, {
      startsAt: new Date(now.getTime() + 40 * 60_000).toISOString(),
      endsAt: new Date(now.getTime() + 160 * 60_000).toISOString(),
    });
    const body = registrationBody();
    expect((await register(t, event, body)).status).toBe(201);

    const first = await handler(schedulerInvocation(now), lambdaContext('FiliereHubApp-Reminders'));
    await handler(schedulerInvocation(now), lambdaContext('FiliereHubApp-Reminders'));

    expect(first.sent).toBeGreaterThanOrEqual(1);
    const subjects = (await mailsTo(body.email)).map((mail) => mail.subject);
    expect(subjects.filter((subject) => subject === `Dans une heure : ${event.title}`)).toHaveLength(1);
  });
});
