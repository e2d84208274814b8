import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '../../functions/shared/logger.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

/** The request id the app logs with a failed request: a 500 is the one place it reaches the logs. */
async function loggedRequestId(t: TestHub, headers: Record<string, string>): Promise<unknown> {
  vi.spyOn(t.hub.events, 'listUpcoming').mockRejectedValueOnce(new Error('table unreachable'));
  const logged = vi.spyOn(logger, 'error').mockImplementation(() => {});
  const response = await t.app.request('/api/events', { headers });
  expect(response.status).toBe(500);
  const [, fields] = logged.mock.calls.find(([message]) => message === 'request failed')!;
  return (fields as { requestId: unknown }).requestId;
}

describe('the request id', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    // Line breaks never get this far (fetch and Node's parser refuse them); a forged log field does.
    ['a forged log field', 'abcdefgh\t"level":"INFO","message":"connexion réussie"'],
    ['200 characters', 'a'.repeat(200)],
    ['markup', '<script>alert(1)</script>'],
    ['too short', 'abc'],
  ])('replaces a client id with %s by a fresh one', async (_, hostile) => {
    const requestId = await loggedRequestId(t, { 'x-request-id': hostile });
    expect(requestId).not.toBe(hostile);
    expect(requestId).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });

  it("keeps a client id that looks like one, so the client's traces meet the hub's logs", async () => {
    const requestId = await loggedRequestId(t, { 'x-request-id': '3f2a9c1e-7b4d-4e8a-9f00-1c2d3e4f5a6b' });
    expect(requestId).toBe('3f2a9c1e-7b4d-4e8a-9f00-1c2d3e4f5a6b');
  });
});
