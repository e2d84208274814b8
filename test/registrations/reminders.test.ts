import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import { runReminders } from '../../functions/registrations/reminder-job.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import { RecordingNotifier, partition, publishedEvent, register, registrationBody } from './fixtures.js';

const HOUR = 3_600_000;

describe('the reminder job', () => {
  let t: TestHub;
  let notifier: RecordingNotifier;
  let clock: FixedClock;
  beforeAll(async () => {
    notifier = new RecordingNotifier();
    clock = new FixedClock(new Date());
    t = await createTestHub({ notifier, clock });
  });

  it('sends each reminder once, even when two runs overlap', async () => {
    const event = await publishedEvent(t, { capacity: 2, waitlist: true });
    const bodies = [1, 2, 3].map(() => registrationBody());
    for (const body of bodies) await register(t, event, body);
    const dayBefore = new Date(new Date(event.startsAt).getTime() - 20 * HOUR);
    const hourBefore = new Date(new Date(event.startsAt).getTime() - 30 * 60_000);

    const runs = await Promise.all([runReminders(t.hub, dayBefore), runReminders(t.hub, dayBefore)]);
    const later = await Promise.all([runReminders(t.hub, hourBefore), runReminders(t.hub, hourBefore)]);
    const again = await runReminders(t.hub, hourBefore);

    const mine = notifier.of('reminder').filter((n) => bodies.some((b) => b.email === n.email));
    expect(mine.filter((n) => n.reminder === 'day-before')).toHaveLength(2);
    expect(mine.filter((n) => n.reminder === 'hour-before')).toHaveLength(2);
    expect(new Set(mine.map((n) => `${n.reminder}:${n.registrationId}`)).size).toBe(4);
    expect(mine.some((n) => n.email === bodies[2]!.email)).toBe(false); // waitlisted: no reminder
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(2);
    expect(later.reduce((sum, run) => sum + run.sent, 0)).toBe(2);
    expect(again.sent).toBe(0);
    expect((await partition(t, event.id)).reminders).toHaveLength(4);
  });

  it('releases the marker when sending fails, so the next run retries', async () => {
    const event = await publishedEvent(t);
    const { id } = (await (await register(t, event)).json()) as { id: string };
    const dayBefore = new Date(new Date(event.startsAt).getTime() - 2 * HOUR);
    notifier.failFor.add(id);

    const failed = await runReminders(t.hub, dayBefore);
    notifier.failFor.delete(id);
    const retried = await runReminders(t.hub, dayBefore);

    expect(failed.failed).toBe(1);
    expect(retried.sent).toBe(1);
    expect(notifier.of('reminder').filter((n) => n.registrationId === id)).toHaveLength(1);
  });

  it('sends nothing outside the reminder windows', async () => {
    const event = await publishedEvent(t);
    await register(t, event);

    const early = await runReminders(t.hub, new Date(new Date(event.startsAt).getTime() - 25 * HOUR));
    const started = await runReminders(t.hub, new Date(new Date(event.startsAt).getTime() + 60_000));

    expect(early.sent + started.sent).toBe(0);
  });
});

describe('reminder mails through the local SES', () => {
  it('delivers one reminder mail per registrant when two runs overlap', async () => {
    const t = await createTestHub();
    const event = await publishedEvent(t);
    const email = uniqueEmail('rappel');
    await register(t, event, registrationBody({ email }));
    const dayBefore = new Date(new Date(event.startsAt).getTime() - 10 * HOUR);

    await Promise.all([runReminders(t.hub, dayBefore), runReminders(t.hub, dayBefore)]);

    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2); // the confirmation, then one reminder
  });
});
