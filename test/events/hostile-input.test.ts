import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { client, technicalDayBody, webinarBody } from './fixtures.js';

/** Every item of the table that is neither a sign-in token nor a session: events and slug claims. */
async function storedEventItems(t: TestHub): Promise<unknown[]> {
  const { Items = [] } = await t.clients.dynamo.send(
    new ScanCommand({ TableName: t.config.HUB_TABLE_NAME, ConsistentRead: true }),
  );
  return Items.filter((item) => /^(EVENT|SLUG)#/.test(String(item['pk'])));
}

describe('hostile input to the staff event API', () => {
  let t: TestHub;
  let staff: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = client(t, await signInAsStaff(t));
  });

  const refused: [string, unknown, string][] = [
    ['CR/LF in the title', technicalDayBody({ title: 'Journée\r\nBcc: victime@exemple.fr' }), 'title'],
    [
      'LF in the venue city',
      technicalDayBody({ venue: { name: 'Salle', address: '1 rue', city: 'Lyon\nX' } }),
      'venue.city',
    ],
    ['markup in the title', technicalDayBody({ title: '<script>alert(1)</script>' }), 'title'],
    [
      'markup in the description',
      technicalDayBody({ description: 'Bonjour <img src=x onerror=alert(1)>' }),
      'description',
    ],
    ['an HTML comment in the summary', technicalDayBody({ summary: 'Résumé <!-- caché -->' }), 'summary'],
    ['a speaker with a closing tag', technicalDayBody({ speakers: ['Claire </b>'] }), 'speakers.0'],
    ['a capacity as a string', technicalDayBody({ capacity: '40' }), 'capacity'],
    ['a negative capacity', technicalDayBody({ capacity: -1 }), 'capacity'],
    ['a fractional capacity', technicalDayBody({ capacity: 2.5 }), 'capacity'],
    ['a huge capacity', technicalDayBody({ capacity: 1e9 }), 'capacity'],
    ['a date without offset', technicalDayBody({ startsAt: '2030-03-12T09:00:00' }), 'startsAt'],
    ['an impossible date', technicalDayBody({ startsAt: '2030-02-30T09:00:00+01:00' }), 'startsAt'],
    ['an end before the start', technicalDayBody({ endsAt: '2000-01-01T00:00:00Z' }), 'endsAt'],
    ['an unknown kind', technicalDayBody({ kind: 'concert' }), 'kind'],
    ['an unknown key', technicalDayBody({ isAdmin: true }), '_'],
    [
      'an unknown key in the venue',
      technicalDayBody({ venue: { name: 'a', address: 'b', city: 'c', x: 1 } }),
      'venue',
    ],
    ['a technical day without venue', technicalDayBody({ venue: undefined }), 'venue'],
    ['a webinar with an http link', webinarBody({ joinUrl: 'http://visio.exemple.fr/x' }), 'joinUrl'],
    ['a webinar with a javascript link', webinarBody({ joinUrl: 'javascript:alert(1)' }), 'joinUrl'],
    [
      'a webinar link with a line break',
      webinarBody({ joinUrl: 'https://visio.exemple.fr/\r\nx' }),
      'joinUrl',
    ],
    ['a webinar without link', webinarBody({ joinUrl: undefined }), 'joinUrl'],
    ['a title of 10,000 characters', technicalDayBody({ title: 'a'.repeat(10_000) }), 'title'],
    ['an empty title', technicalDayBody({ title: '   ' }), 'title'],
    ['a missing summary', technicalDayBody({ summary: undefined }), 'summary'],
  ];

  it.each(refused)('refuses %s with a French field message', async (_case, body, field) => {
    const response = await staff.post('/api/admin/events', body);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toContain(field);
    const messages = problem.errors[field]!.join(' ');
    expect(messages).not.toBe('');
    expect(messages).not.toMatch(/\b(invalid|expected|required|received|must|too)\b/i);
  });

  it.each([
    ['invalid JSON', '{"kind": "webinar",'],
    ['a JSON array', '[]'],
    ['a JSON string', '"évènement"'],
    ['null', 'null'],
  ])('refuses %s with a 400 problem', async (_case, raw) => {
    const response = await staff.post('/api/admin/events', raw);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses an oversize body with 413', async () => {
    const response = await staff.post(
      '/api/admin/events',
      technicalDayBody({ description: 'x'.repeat(t.config.HUB_MAX_BODY_BYTES + 10) }),
    );

    expect(response.status).toBe(413);
  });

  it('refuses hostile patches the same way', async () => {
    const created = await staff.post('/api/admin/events', technicalDayBody({ title: 'Cible' }));
    const { id } = (await created.json()) as { id: string };

    for (const body of [
      { title: 'a\r\nb' },
      { confirmedCount: 0 },
      { capacity: 'illimité' },
      {},
      { startsAt: '2000-01-01T00:00:00Z', endsAt: '1999-01-01T00:00:00Z' },
    ]) {
      const response = await staff.patch(`/api/admin/events/${id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const view = (await (await staff.get(`/api/admin/events/${id}`)).json()) as { title: string };
    expect(view.title).toBe('Cible');
  });

  it('stores nothing after any of these refusals', async () => {
    // The patch test above created exactly one event (and its slug claim).
    expect(await storedEventItems(t)).toHaveLength(2);
  });
});

describe('fuzzing the create body', () => {
  let t: TestHub;
  let staff: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = client(t, await signInAsStaff(t));
  });

  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('<b>', '\r\n', 'é', '<!--', '', ' ', 'javascript:alert(1)', '\u0000', '\u2028'),
  );
  const anything = fc.oneof(
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(text, { maxLength: 3 }),
    fc.dictionary(text, text, { maxKeys: 3 }),
  );
  const validBody = technicalDayBody();
  // Start from a valid body and break some fields, or add unknown ones: refusals are the interesting cases.
  const body = fc
    .record({
      replaced: fc.dictionary(
        fc.constantFrom(...Object.keys(validBody), 'joinUrl', 'extra', '__proto__'),
        anything,
        {
          maxKeys: 4,
        },
      ),
      removed: fc.subarray(Object.keys(validBody)),
    })
    .map(({ replaced, removed }) => {
      const result: Record<string, unknown> = { ...validBody, ...replaced };
      for (const key of removed) delete result[key];
      return result;
    });

  it('never answers 5xx, and stores nothing when it refuses', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, async (candidate) => {
        const response = await staff.post('/api/admin/events', candidate);
        expect(response.status).toBeLessThan(500);
        if (response.status === 201) accepted++;
        else {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.headers.get('content-type')).toContain('application/problem+json');
        }
        // Each accepted event is one event item plus one slug claim; a refusal adds nothing.
        expect(await storedEventItems(t)).toHaveLength(accepted * 2);
      }),
      { numRuns: 100 },
    );
  });
});
