import type { SignInMails } from '../../functions/auth/sign-in-mails.js';
import { SESSION_COOKIE } from '../../functions/auth/session-cookie.js';
import { mailsTo } from './ses-store.js';
import type { TestHub } from './test-hub.js';

export interface SentMagicLink {
  to: string;
  url: string;
  expiresAt: Date;
}

/** Keeps magic links instead of mailing them: inject it with `createTestHub({ signInMails })`. */
export class RecordingSignInMails implements SignInMails {
  readonly sent: SentMagicLink[] = [];
  async magicLink(to: string, url: string, expiresAt: Date): Promise<void> {
    this.sent.push({ to, url, expiresAt });
  }
}

export function tokenFrom(url: string): string {
  const token = new URL(url).searchParams.get('token');
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

/** `hub_session=…`, ready for a Cookie header, from a response that set the session cookie. */
export function sessionCookieFrom(response: Response): string {
  const cookie = response.headers
    .getSetCookie()
    .find((header) => header.startsWith(`${SESSION_COOKIE}=`) && !header.startsWith(`${SESSION_COOKIE}=;`));
  if (!cookie) throw new Error('no session cookie set');
  return cookie.split(';')[0]!;
}

/**
 * Presses the button of the link's page: the form post a browser sends from the hub's own page, which
 * consumes the token. `headers` override the browser's (another site's Origin…).
 */
export async function postSignIn(
  t: TestHub,
  token: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return t.app.request('/auth/callback', {
    method: 'POST',
    headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ token }).toString(),
  });
}

export async function requestMagicLink(t: TestHub, email: string): Promise<Response> {
  return t.app.request('/api/auth/magic-link', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
}

/**
 * Signs in as staff the way a person does (link request, link from the mail, its page's button) and returns
 * the Cookie header value for later requests.
 */
export async function signInAsStaff(t: TestHub, email = t.config.HUB_STAFF_EMAILS[0]!): Promise<string> {
  for (const token of await freshTokens(t, email)) {
    const response = await postSignIn(t, token);
    if (response.status === 303) return sessionCookieFrom(response);
  }
  throw new Error(`sign-in as ${email} failed: no usable magic link`);
}

/**
 * Tokens just sent to the address, newest first. Through the shared local SES, other test files may
 * mail the same staff address at the same moment: their tokens fail on this hub's table and are skipped.
 */
async function freshTokens(t: TestHub, email: string): Promise<string[]> {
  const mails = t.hub.signInMails;
  if (mails instanceof RecordingSignInMails) {
    const before = mails.sent.length;
    await requestMagicLink(t, email);
    return mails.sent
      .slice(before)
      .filter((link) => link.to === email)
      .map((link) => tokenFrom(link.url))
      .reverse();
  }
  const since = Math.floor(Date.now() / 1000) - 1;
  await requestMagicLink(t, email);
  const received = (await mailsTo(email)).filter((mail) => mail.at >= since).reverse();
  return received.flatMap((mail) =>
    [...(mail.body.text ?? '').matchAll(/\/auth\/callback\?token=([A-Za-z0-9_-]{43})/g)].map(
      (match) => match[1]!,
    ),
  );
}
