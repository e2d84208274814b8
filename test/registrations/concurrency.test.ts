import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier, partition, publishedEvent, register, registrationBody } from './fixtures.js';

const ATTEMPTS = 500;
const SEATS = 50;
// Hundreds of transactions on one item: minutes on a busy two-core machine, seconds on an idle one.
const SLOW = { timeout: 600_000 };

describe('registrations under concurrency', () => {
  let t: TestHub;
  let notifier: RecordingNotifier;
  beforeAll(async () => {
    notifier = new RecordingNotifier();
    // Hundreds of registrations from one client at once: far past its per-minute limit (#14).
    t = await createTestHub({ notifier }, { HUB_RATE_LIMITS: 'off' });
  });

  it(
    'fills a 50-seat event with 500 simultaneous registrations: 50 confirmed, 450 waitlisted',
    SLOW,
    async () => {
      const event = await publishedEvent(t, { capacity: SEATS, waitlist: true });

      const responses = await Promise.all(
        Array.from({ length: ATTEMPTS }, (_, i) =>
          register(t, event, registrationBody({ email: `file.${i}@exemple.fr` })),
        ),
      );

      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status >= 500)).toEqual([]);
      expect(statuses.every((status) => status === 201)).toBe(true);
      const bodies = (await Promise.all(responses.map((response) => response.json()))) as {
        status: string;
      }[];
      expect(bodies.filter((body) => body.status === 'confirmed')).toHaveLength(SEATS);
      expect(bodies.filter((body) => body.status === 'waitlisted')).toHaveLength(ATTEMPTS - SEATS);

      const stored = await partition(t, event.id);
      const confirmed = stored.registrations.filter((r) => r.status === 'confirmed');
      const waitlisted = stored.registrations.filter((r) => r.status === 'waitlisted');
      expect(confirmed).toHaveLength(SEATS);
      expect(waitlisted).toHaveLength(ATTEMPTS - SEATS);
      expect(stored.event?.confirmedCount).toBe(SEATS);
      expect(stored.event?.waitlistedCount).toBe(ATTEMPTS - SEATS);
      expect(stored.claims).toHaveLength(ATTEMPTS);
      expect(stored.waitlist).toHaveLength(ATTEMPTS - SEATS);
      const positions = waitlisted.map((r) => r.waitlistPosition);
      expect(new Set(positions).size).toBe(ATTEMPTS - SEATS);
      expect(positions.every((position) => Number.isInteger(position) && position! >= 1)).toBe(true);
      expect(new Set(stored.waitlist.map((entry) => entry.registrationId))).toEqual(
        new Set(waitlisted.map((r) => r.id)),
      );
      expect(notifier.of('confirmed').filter((n) => n.email.startsWith('file.'))).toHaveLength(SEATS);
      expect(notifier.of('waitlisted').filter((n) => n.email.startsWith('file.'))).toHaveLength(
        ATTEMPTS - SEATS,
      );
    },
  );

  it('without a waitlist, lets exactly 50 in and answers 409 to the 450 others', SLOW, async () => {
    const event = await publishedEvent(t, {
      capacity: SEATS,
      waitlist: false,
      title: 'Formation sans liste d’attente',
    });

    const responses = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        register(t, event, registrationBody({ email: `sans.${i}@exemple.fr` })),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(SEATS);
    expect(statuses.filter((status) => status === 409)).toHaveLength(ATTEMPTS - SEATS);
    const refusal = (await responses.find((response) => response.status === 409)!.json()) as {
      detail: string;
    };
    expect(refusal.detail).toContain('complet');
    const stored = await partition(t, event.id);
    expect(stored.registrations).toHaveLength(SEATS);
    expect(stored.claims).toHaveLength(SEATS);
    expect(stored.waitlist).toHaveLength(0);
    expect(stored.event?.confirmedCount).toBe(SEATS);
    expect(stored.event?.waitlistedCount).toBe(0);
  });
});
