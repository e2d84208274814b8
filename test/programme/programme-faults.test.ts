import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { faultyDynamo, mentions } from '../support/faulty-dynamo.js';
import { technicalDayBody } from '../events/fixtures.js';
import { DynamoProgrammeStore } from '../../functions/programme/dynamo-programme-store.js';
import { DynamoProgrammeAdminStore } from '../../functions/programme/dynamo-programme-admin-store.js';
import { ProgrammeAdminService } from '../../functions/programme/programme-admin-service.js';
import { renderMarkdown } from '../../functions/events/markdown.js';

const HOUR = 60 * 60 * 1000;
const at = (start: string, hours: number) => new Date(Date.parse(start) + hours * HOUR).toISOString();
/** The transaction that writes a session with its room's guard. */
const isSessionWrite = mentions('"sk":"ROOM#');

describe('sessions written while DynamoDB fails', () => {
  let t: TestHub;
  let faulty: ReturnType<typeof faultyDynamo>;
  let programme: ProgrammeAdminService;

  beforeAll(async () => {
    t = await createTestHub();
    faulty = faultyDynamo(t);
    const table = t.config.HUB_TABLE_NAME;
    programme = new ProgrammeAdminService({
      events: t.hub.events,
      store: new DynamoProgrammeAdminStore(
        new DynamoProgrammeStore(faulty.client, table),
        faulty.client,
        table,
      ),
      unknownSpeakers: (ids) => t.hub.speakers.unknownIds(ids),
      renderDescription: renderMarkdown,
      clock: t.hub.clock,
    });
  });
  afterAll(() => faulty.restore());

  async function newEvent() {
    const body = technicalDayBody({ title: 'Journée en panne' });
    const event = await t.hub.events.create(body as Parameters<typeof t.hub.events.create>[0]);
    return { ...event, startsAt: body.startsAt };
  }

  it('stores nothing when the write fails before DynamoDB, and the retry goes through', async () => {
    const event = await newEvent();
    const session = {
      title: 'Ouverture',
      startsAt: at(event.startsAt, 1),
      endsAt: at(event.startsAt, 2),
      room: 'A',
    };
    faulty.fail('TransactWriteCommand', isSessionWrite, 1);

    await expect(programme.create(event.id, session)).rejects.toThrow('Panne simulée');
    expect(await programme.list(event.id)).toEqual([]);
    const retried = await programme.create(event.id, session);
    expect((await programme.list(event.id)).map((stored) => stored.id)).toEqual([retried.id]);
  });

  it('keeps one session when the answer of an applied write is lost: the retry is an overlap', async () => {
    const event = await newEvent();
    const session = {
      title: 'Visite',
      startsAt: at(event.startsAt, 1),
      endsAt: at(event.startsAt, 2),
      room: 'B',
    };
    faulty.fail('TransactWriteCommand', isSessionWrite, 1, true);

    await expect(programme.create(event.id, session)).rejects.toThrow('Panne simulée');
    await expect(programme.create(event.id, session)).rejects.toMatchObject({ status: 409 });
    expect((await programme.list(event.id)).map((stored) => stored.title)).toEqual(['Visite']);
    // The room's guard moved with the write: the next session of the room is judged on the stored one.
    const next = await programme.create(event.id, {
      ...session,
      title: 'Suite',
      startsAt: session.endsAt,
      endsAt: at(event.startsAt, 3),
    });
    expect(next.title).toBe('Suite');
  });
});
