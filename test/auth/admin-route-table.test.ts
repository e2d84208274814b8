import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { newToken } from '../../functions/shared/ids.js';

/** The staff routes the issue names: the walk must find at least these. */
const NAMED_ROUTES = [
  'POST /api/admin/events',
  'GET /api/admin/events',
  'PATCH /api/admin/events/:id',
  'POST /api/admin/events/:id/publish',
  'POST /api/admin/events/:id/cancel',
  'GET /api/admin/events/:id/registrations',
  'GET /api/admin/events/:id/registrations.csv',
  'POST /api/admin/events/:id/registrations/:registrationId/check-in',
];

const METHODS_FOR_ALL = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Every (method, concrete path) of the app's own table under /api/admin, params filled in. */
function adminRequests(t: TestHub): { method: string; pattern: string; path: string }[] {
  const seen = new Set<string>();
  return t.app.routes
    .filter((route) => route.path.startsWith('/api/admin'))
    .flatMap((route) =>
      (route.method === 'ALL' ? METHODS_FOR_ALL : [route.method]).map((method) => ({
        method,
        pattern: route.path,
        path: route.path.replace(/:(\w+)(\{[^}]*\})?/g, 'x$1').replace(/\*/g, 'nimporte'),
      })),
    )
    .filter(({ method, pattern }) => !seen.has(`${method} ${pattern}`) && !!seen.add(`${method} ${pattern}`));
}

function jsonInit(method: string, cookie?: string): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: '{}' }),
  };
}

describe('every /api/admin route of the app’s route table', () => {
  let t: TestHub;
  let revoked: string;
  let forged: string;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    revoked = await signInAsStaff(t);
    const signOut = await t.app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie: revoked },
    });
    expect(signOut.status).toBe(204);
    const [name, signed] = (await signInAsStaff(t)).split('=') as [string, string];
    // A well-formed session id signed with the right key would need the key: swap the id, keep the MAC.
    forged = `${name}=${encodeURIComponent(`${newToken()}.${decodeURIComponent(signed).split('.')[1]}`)}`;
  });

  it('includes at least the staff routes the issue names', () => {
    const walked = new Set(adminRequests(t).map(({ method, pattern }) => `${method} ${pattern}`));

    for (const route of NAMED_ROUTES) expect(walked, route).toContain(route);
  });

  it('answers 401 problem+json without a cookie, with a forged cookie and with a revoked session', async () => {
    const requests = adminRequests(t);
    const cookies: [string, string | undefined][] = [
      ['sans cookie', undefined],
      ['cookie falsifié', forged],
      ['session révoquée', revoked],
    ];

    for (const { method, path } of requests) {
      for (const [label, cookie] of cookies) {
        const response = await t.app.request(path, jsonInit(method, cookie));
        expect(response.status, `${method} ${path} (${label})`).toBe(401);
        expect(response.headers.get('content-type'), `${method} ${path}`).toContain(
          'application/problem+json',
        );
        const problem = (await response.json()) as { status: number; title: string };
        expect(problem).toMatchObject({ status: 401, title: 'Authentification requise' });
      }
    }
    expect(requests.length).toBeGreaterThanOrEqual(NAMED_ROUTES.length);
  });

  it('lets a valid staff session through the same guard', async () => {
    const cookie = await signInAsStaff(t);

    const response = await t.app.request('/api/admin/events', { headers: { cookie } });

    expect(response.status).toBe(200);
  });
});
