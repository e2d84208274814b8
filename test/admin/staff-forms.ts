import type { TestHub } from '../support/test-hub.js';

/** A staff form post, as the browser sends it from the hub's own page. */
export function postStaffForm(
  t: TestHub,
  cookie: string,
  path: string,
  fields: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    t.app.request(path, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

export async function getPage(
  t: TestHub,
  cookie: string,
  path: string,
): Promise<{ status: number; html: string }> {
  const response = await t.app.request(path, { headers: { cookie } });
  return { status: response.status, html: await response.text() };
}
