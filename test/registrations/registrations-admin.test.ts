import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier, publishedEvent, register, registrationBody } from './fixtures.js';

describe('staff routes for registrations', () => {
  let t: TestHub;
  let cookie: string;
  let event: HubEvent;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestHub({ notifier: new RecordingNotifier(), signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
    event = await publishedEvent(t, { capacity: 1, waitlist: true });
    ids = [];
    for (const body of [registrationBody({ organisation: '=CMD()' }), registrationBody()]) {
      ids.push(((await (await register(t, event, body)).json()) as { id: string }).id);
    }
  });

  const get = (path: string, withCookie = true) =>
    t.app.request(path, { headers: withCookie ? { cookie } : {} });
  const post = (path: string) => t.app.request(path, { method: 'POST', headers: { cookie } });

  it('lists the registrations, oldest first', async () => {
    const response = await get(`/api/admin/events/${event.id}/registrations`);

    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: Registration[] };
    expect(items.map((r) => [r.id, r.status])).toEqual([
      [ids[0], 'confirmed'],
      [ids[1], 'waitlisted'],
    ]);
  });

  it('exports a CSV attachment that spreadsheets open safely', async () => {
    const response = await get(`/api/admin/events/${event.id}/registrations.csv`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="inscriptions-${event.slug}.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain(";'=CMD()");
    expect(csv.split('\r\n')).toHaveLength(4); // header, two rows, final CRLF
  });

  it('checks in a confirmed registrant once, and refuses a waitlisted one', async () => {
    const first = await post(`/api/admin/events/${event.id}/registrations/${ids[0]}/check-in`);
    const second = await post(`/api/admin/events/${event.id}/registrations/${ids[0]}/check-in`);
    const waitlisted = await post(`/api/admin/events/${event.id}/registrations/${ids[1]}/check-in`);
    const unknown = await post(`/api/admin/events/${event.id}/registrations/inconnue/check-in`);

    expect(first.status).toBe(200);
    const checkedIn = (await first.json()) as Registration;
    expect(checkedIn.checkedInAt).toBeDefined();
    expect(second.status).toBe(200);
    expect(((await second.json()) as Registration).checkedInAt).toBe(checkedIn.checkedInAt);
    expect(waitlisted.status).toBe(409);
    expect(unknown.status).toBe(404);
  });

  it('answers 404 for an unknown event and 401 without a session', async () => {
    expect((await get('/api/admin/events/inconnu/registrations')).status).toBe(404);
    expect((await get(`/api/admin/events/${event.id}/registrations`, false)).status).toBe(401);
    expect((await get(`/api/admin/events/${event.id}/registrations.csv`, false)).status).toBe(401);
  });
});
