import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier, partition, postForm, publishedEvent, register } from './fixtures.js';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'Camille',
    '<script>x</script>',
    'a\r\nBcc: x@y.fr',
    '=1+1',
    'x'.repeat(300),
    '\u0000',
  ),
);
const email = fc.oneof(
  fc.emailAddress(),
  text,
  fc.emailAddress().map((e) => ` ${e.toUpperCase()}\n`),
);
const anyValue = fc.oneof(
  text,
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.array(text, { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

const body = fc.record(
  {
    firstName: fc.oneof(text, anyValue),
    lastName: fc.oneof(text, anyValue),
    email: fc.oneof(email, anyValue),
    organisation: fc.oneof(text, anyValue),
    role: fc.oneof(text, anyValue),
    consent: fc.oneof(fc.constant(true), anyValue),
    newsletter: fc.oneof(fc.boolean(), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);

const formBody = fc.dictionary(
  fc.constantFrom('firstName', 'lastName', 'email', 'organisation', 'role', 'consent', 'newsletter', 'autre'),
  fc.oneof(text, email, fc.constantFrom('true', 'on', 'false', '')),
);

describe('fuzzing the registration body', () => {
  let t: TestHub;
  let event: HubEvent;
  beforeAll(async () => {
    t = await createTestHub({ notifier: new RecordingNotifier() });
    event = await publishedEvent(t, { capacity: undefined });
  });

  async function storedCount(): Promise<number> {
    return (await partition(t, event.id)).registrations.length;
  }

  it('never answers 5xx to a JSON body, and stores nothing after a 4xx', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(body, anyValue), async (value) => {
        const before = await storedCount();
        const response = await register(t, event, JSON.stringify(value));
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await storedCount()).toBe(before);
        else expect([200, 201]).toContain(response.status);
      }),
      { numRuns: 120 },
    );
  });

  it('never answers 5xx to a form post, and stores nothing after a 4xx', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(formBody, async (fields) => {
        const before = await storedCount();
        const response = await postForm(t, `/api/events/${event.slug}/registrations`, fields);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await storedCount()).toBe(before);
      }),
      { numRuns: 120 },
    );
  });
});
