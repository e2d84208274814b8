import { simpleParser } from 'mailparser';
import { rawMailsTo } from '../support/local-mailbox.js';
import type { TestHub } from '../support/test-hub.js';

export const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const item of [value].flat()) body.append(key, item);
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  };
};

export async function subscribe(
  t: TestHub,
  email: string,
  topics = ['webinaires'],
  extra: object = {},
): Promise<Response> {
  return t.app.request('/api/newsletter/subscriptions', json({ email, topics, consent: true, ...extra }));
}

/** The confirmation token from the double opt-in mail the address received last. */
export async function confirmTokenFromMail(email: string): Promise<string> {
  const mails = await rawMailsTo(email);
  const latest = mails.find((mail) =>
    /^(Confirmez votre abonnement|Confirm your subscription)/.test(mail.subject),
  );
  const text = latest ? ((await simpleParser(latest.raw)).text ?? '') : '';
  const match = /\/newsletter\/confirm\?token=([A-Za-z0-9_.%-]+)/.exec(text);
  if (!match) throw new Error(`no confirmation link in the mail to ${email}`);
  return decodeURIComponent(match[1]!);
}

/** Subscribes and confirms through the public API, as a person does. */
export async function confirmedSubscriber(
  t: TestHub,
  email: string,
  topics = ['webinaires'],
  extra: object = {},
): Promise<void> {
  const response = await subscribe(t, email, topics, extra);
  if (response.status !== 202)
    throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  const confirmed = await t.app.request(
    '/api/newsletter/confirm',
    json({ token: await confirmTokenFromMail(email) }),
  );
  if (confirmed.status !== 200) throw new Error(`confirmation refused: ${confirmed.status}`);
}
