import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAPIHono } from '@hono/zod-openapi';
import { LocalMailbox, type MailboxMessage } from '../../functions/local/mailbox.js';
import { registerMailboxRoutes } from '../../functions/local/mailbox-routes.js';
import { decodeWords } from '../../functions/local/mailbox-headers.js';
import { createApp } from '../../functions/composition/full-app.js';
import type { HubEnv } from '../../functions/http/env.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { rawMailsTo } from '../support/local-mailbox.js';

function aMessage(id: string, date: string, subject = 'Bonjour'): MailboxMessage {
  const raw = [
    'From: evenements@filiere-aimants-aura.fr',
    'To: camille@exemple.fr',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Texte',
    '--b',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Bonjour <script>alert(1)</script></p>',
    '--b--',
    '',
  ].join('\r\n');
  return { id, to: ['camille@exemple.fr'], subject, date, raw };
}

describe('the local mailbox', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mailbox-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lists newest first and keeps messages across restarts when given a directory', async () => {
    const mailbox = await LocalMailbox.open(dataDir);
    await mailbox.record(aMessage('ses-1', '2026-02-01T10:00:00.000Z'));
    await mailbox.record(aMessage('ses-2', '2026-02-01T10:00:00.000Z'));
    await mailbox.record(aMessage('ses-3', '2026-02-01T11:00:00.000Z'));

    const reopened = await LocalMailbox.open(dataDir);

    expect(reopened.list().map((message) => message.id)).toEqual(['ses-3', 'ses-2', 'ses-1']);
    expect(reopened.get('ses-2')?.raw).toContain('Subject: Bonjour');
  });

  it('decodes encoded-word subjects as nodemailer writes them', () => {
    expect(decodeWords('=?UTF-8?Q?Inscription_confirm=C3=A9e?= =?UTF-8?B?IDogam91cm7DqWU=?=')).toBe(
      'Inscription confirmée : journée',
    );
  });
});

describe('the mailbox routes', () => {
  const app = new OpenAPIHono<HubEnv>();
  beforeAll(async () => {
    const mailbox = await LocalMailbox.open();
    await mailbox.record(aMessage('ses-10', '2026-02-01T10:00:00.000Z', 'Premier'));
    await mailbox.record(aMessage('ses-11', '2026-02-01T10:05:00.000Z', 'Second <b>gras</b>'));
    registerMailboxRoutes(app, mailbox);
  });

  it('list messages as JSON, newest first, with the raw source', async () => {
    const response = await app.request('/_local/mail');

    const body = (await response.json()) as { messages: MailboxMessage[] };
    expect(body.messages.map((message) => Object.keys(message).sort())).toEqual([
      ['date', 'id', 'raw', 'subject', 'to'],
      ['date', 'id', 'raw', 'subject', 'to'],
    ]);
    expect(body.messages.map((message) => message.id)).toEqual(['ses-11', 'ses-10']);
    expect(body.messages[0]?.to).toEqual(['camille@exemple.fr']);
  });

  it('serve one message as message/rfc822', async () => {
    const response = await app.request('/_local/mail/ses-10.eml');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('message/rfc822');
    expect(await response.text()).toBe(aMessage('ses-10', '2026-02-01T10:00:00.000Z', 'Premier').raw);
  });

  it('answer an unknown message with 404', async () => {
    expect((await app.request('/_local/mail/ses-404.eml')).status).toBe(404);
    expect((await app.request('/_local/mail/view?id=ses-404')).status).toBe(404);
  });

  it('show the chosen message in a sandboxed frame, escaped', async () => {
    const response = await app.request('/_local/mail/view?id=ses-11');

    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('<html lang="fr"');
    expect(page).toMatch(
      /<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="[^"]*&lt;script&gt;/,
    );
    expect(page).not.toContain('<script>');
    expect(page).toContain('Second &lt;b&gt;gras&lt;/b&gt;');
    expect(page).toContain('href="/_local/mail/ses-11.eml"');
  });
});

describe('the hub app', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
  });

  it('has no mailbox unless the local hub extends it', async () => {
    const mailbox = await LocalMailbox.open();
    const local = createApp(t.hub, { extend: (app) => registerMailboxRoutes(app, mailbox) });

    expect((await t.app.request('/_local/mail')).status).toBe(404);
    expect((await local.request('/_local/mail')).status).toBe(200);
  });

  it('mail sent by the hub reaches the mailbox through the tap, subject decoded', async () => {
    const to = uniqueEmail('boite');

    await t.hub.signInMails.magicLink(to, 'http://localhost:3000/auth/callback?token=t', new Date());

    const [message] = await rawMailsTo(to);
    expect(message?.subject).toBe('Votre lien de connexion au hub de la filière');
    expect(message?.raw).toMatch(/^Content-Type: multipart\//m);
  });
});
