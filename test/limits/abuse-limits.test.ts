import { beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createPublicApp } from '../../functions/composition/public-app.js';
import { buildPublicHub } from '../../functions/composition/public-hub.js';
import { createApp } from '../../functions/composition/full-app.js';
import { buildHub } from '../../functions/composition/hub.js';
import { httpHandler } from '../../functions/lambda/http-handler.js';
import { createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { LinkSigner } from '../../functions/shared/signed-links.js';
import type { PublicApp } from '../../functions/http/env.js';
import { partition, publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { json, subscribe } from '../newsletter/helpers.js';
import { RecordingSignInMails, requestMagicLink } from '../support/auth.js';
import { mailsTo } from '../support/ses-store.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { httpApiEvent, lambdaContext } from '../lambda/lambda-events.js';

/** Windows are fixed: a test that straddled the end of a minute would start afresh halfway through. */
const stoppedClock = () => ({ clock: new FixedClock(new Date()) });

/** The request as API Gateway hands it to the app in Lambda: its source address in the request context. */
const fromClient = (sourceIp: string) => ({ requestContext: { http: { sourceIp } } });

function postJsonFrom(app: PublicApp, sourceIp: string, path: string, body: unknown, headers = {}) {
  return app.request(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    },
    fromClient(sourceIp),
  );
}

function publicAppOf(t: TestHub): PublicApp {
  return createPublicApp(
    buildPublicHub(t.config, t.clients, {
      clock: t.hub.clock,
      signer: new LinkSigner(t.config.HUB_SIGNING_KEY),
      ...createMailOutbox(t.hub.mailQueue),
    }),
  );
}

/** Finding 1 and 3 of #14: bursts from one client, and mail bombs of one address, are refused or absorbed. */
describe('limits per client and per address', () => {
  let t: TestHub;
  let signInMails: RecordingSignInMails;
  let staff: string;

  beforeAll(async () => {
    signInMails = new RecordingSignInMails();
    staff = uniqueEmail('equipe');
    t = await createTestHub({ signInMails, ...stoppedClock() }, { HUB_STAFF_EMAILS: staff });
    await t.hub.newsletter.seedTopics();
  });

  it('mails at most 3 sign-in links to one address, however many requests, and answers each the same 202', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => requestMagicLink(t, staff)));

    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(202));
    expect(signInMails.sent.filter((sent) => sent.to === staff)).toHaveLength(3);
  });

  it('mails one subscription confirmation to one address for 10 requests, each answered 202', async () => {
    const email = uniqueEmail('abonne');
    const answers = [];
    for (let n = 0; n < 10; n++) answers.push((await subscribe(t, email)).status);

    expect(answers).toEqual(Array(10).fill(202));
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('refuses the 31st registration of one client within a minute: 429 problem+json, Retry-After, nothing stored or mailed', async () => {
    const event = await publishedEvent(t, { capacity: 100 });
    const path = `/api/events/${event.slug}/registrations`;
    // The clock is stopped, so the 30 may run at once: they all fall in the same window.
    const statuses = await Promise.all(
      Array.from(
        { length: 30 },
        async () => (await postJsonFrom(t.app, '198.51.100.31', path, registrationBody())).status,
      ),
    );
    const refusedBody = registrationBody();
    const refused = await postJsonFrom(t.app, '198.51.100.31', path, refusedBody);

    expect(statuses).toEqual(Array(30).fill(201));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(await refused.json()).toMatchObject({
      status: 429,
      title: 'Trop de requêtes',
      detail: expect.stringContaining('réessayez dans'),
    });
    const stored = await partition(t, event.id);
    expect(stored.registrations).toHaveLength(30);
    expect(stored.registrations.map((registration) => registration.email)).not.toContain(refusedBody.email);
    expect(await mailsTo(refusedBody.email)).toEqual([]);
    // Another client is not concerned.
    expect((await postJsonFrom(t.app, '198.51.100.32', path, registrationBody())).status).toBe(201);
  });

  it('counts the addresses of one IPv6 /64 as one client', async () => {
    const event = await publishedEvent(t, { capacity: 100 });
    const path = `/api/events/${event.slug}/registrations`;
    const from = (n: number) =>
      postJsonFrom(t.app, `2001:db8:aa:1:${n.toString(16)}::1`, path, registrationBody());
    const statuses = await Promise.all(Array.from({ length: 30 }, async (_, n) => (await from(n)).status));
    statuses.push((await from(30)).status);

    expect(statuses).toEqual([...Array(30).fill(201), 429]);
    expect((await postJsonFrom(t.app, '2001:db8:aa:2::1', path, registrationBody())).status).toBe(201);
  });

  it('answers the registration form past the limit with a French page, still with Retry-After', async () => {
    const event = await publishedEvent(t, { capacity: 100 });
    const path = `/api/events/${event.slug}/registrations`;
    const post = (email: string) =>
      t.app.request(
        path,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ ...registrationBody({ email }), consent: 'on' }).toString(),
        },
        fromClient('198.51.100.40'),
      );
    await Promise.all(Array.from({ length: 30 }, () => post(uniqueEmail('formulaire'))));
    const refused = await post(uniqueEmail('formulaire'));

    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.text()).toContain('Trop de requêtes');
    expect((await partition(t, event.id)).registrations).toHaveLength(30);
  });

  it('counts subscriptions and sign-in link requests per client too', async () => {
    // Thirty at once (the clock is stopped: one window), then the one past the budget.
    const thirtyThenOne = async (send: () => Response | Promise<Response>) => {
      const answers = await Promise.all(Array.from({ length: 30 }, send));
      return [...answers, await send()];
    };
    const subscriptions = await thirtyThenOne(() =>
      postJsonFrom(t.app, '198.51.100.50', '/api/newsletter/subscriptions', {
        email: uniqueEmail('abonne'),
        topics: ['webinaires'],
        consent: true,
      }),
    );
    const links = await thirtyThenOne(() =>
      postJsonFrom(t.app, '198.51.100.51', '/api/auth/magic-link', { email: uniqueEmail('x') }),
    );

    expect(subscriptions.map((answer) => answer.status)).toEqual([...Array(30).fill(202), 429]);
    expect(links.map((answer) => answer.status)).toEqual([...Array(30).fill(202), 429]);
    expect(subscriptions[30]!.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  const unsubscribeUrlOf = (email: string) => t.hub.newsletterLinks.personalLinks(email).unsubscribeUrl;

  /** What a mail provider sends for a one-click unsubscription (RFC 8058), from its own address. */
  async function oneClickUnsubscribe(unsubscribeUrl: string, sourceIp: string): Promise<number> {
    const url = new URL(unsubscribeUrl);
    const response = await t.app.request(
      `${url.pathname}${url.search}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      },
      fromClient(sourceIp),
    );
    return response.status;
  }

  it('counts a one-click unsubscription per token, never per client: a mail provider’s one address is not refused', async () => {
    const statuses = [];
    for (let n = 0; n < 40; n++)
      statuses.push(await oneClickUnsubscribe(unsubscribeUrlOf(uniqueEmail('lecteur')), '192.0.2.25'));

    expect(statuses).toEqual(Array(40).fill(200));
  });

  it('refuses one token presented more than the budget allows, from any number of clients', async () => {
    // One mail's link: the same token each time.
    const unsubscribeUrl = unsubscribeUrlOf(uniqueEmail('lecteur'));
    const statuses = [];
    for (let n = 0; n < 31; n++)
      statuses.push(await oneClickUnsubscribe(unsubscribeUrl, `203.0.113.${n + 1}`));

    expect(statuses).toEqual([...Array(30).fill(200), 429]);
  });

  it('counts cancellations and confirmations per token as well (JSON and form share the counter)', async () => {
    const statuses = [];
    for (let n = 0; n < 16; n++) {
      statuses.push(
        (await postJsonFrom(t.app, `203.0.113.${n}`, '/api/newsletter/confirm', { token: 'forged' })).status,
      );
      statuses.push(
        (
          await t.app.request(
            '/newsletter/confirm',
            {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: 'token=forged',
            },
            fromClient(`203.0.114.${n}`),
          )
        ).status,
      );
    }

    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});

describe('hostile bodies on the routes counted per token', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await createTestHub(stoppedClock());
  });

  it('are refused as before: unreadable JSON, a token that is not a string, a multipart form, a huge token', async () => {
    const post = (path: string, body: BodyInit, contentType?: string) =>
      t.app.request(path, {
        method: 'POST',
        ...(contentType ? { headers: { 'content-type': contentType } } : {}),
        body,
      });
    const multipart = new FormData();
    multipart.append('token', 'forged');

    const unreadable = await post('/api/registrations/cancel', '{"token":', 'application/json');
    const notAString = await post('/api/newsletter/confirm', '{"token":{"$ne":1}}', 'application/json');
    const noType = await post('/api/newsletter/confirm', 'token=forged');
    const form = await post('/inscriptions/annuler', multipart);
    const huge = await post(
      '/newsletter/confirm',
      `token=${'a'.repeat(60_000)}`,
      'application/x-www-form-urlencoded',
    );

    expect(unreadable.status).toBe(400);
    expect(await unreadable.json()).toMatchObject({ title: 'Requête illisible' });
    expect(notAString.status).toBe(400);
    expect(noType.status).toBe(415);
    expect(form.status).toBe(400);
    expect(huge.status).toBe(400);
  });
});

describe('the client is the connection’s address, never a forwarded header', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await createTestHub(stoppedClock());
  });

  it('locally: the socket’s peer, whatever X-Forwarded-For says', async () => {
    const event = await publishedEvent(t, { capacity: 100 });
    const server: ServerType = serve({
      fetch: t.app.fetch,
      port: 0,
      hostname: '127.0.0.1',
      overrideGlobalObjects: false,
    });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const statuses = [];
      for (let n = 0; n < 31; n++) {
        const response = await fetch(`http://127.0.0.1:${port}/api/events/${event.slug}/registrations`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `198.51.100.${n}`,
            'x-real-ip': `198.51.100.${n}`,
            forwarded: `for=198.51.100.${n}`,
          },
          body: JSON.stringify(registrationBody()),
        });
        await response.arrayBuffer();
        statuses.push(response.status);
      }

      expect(statuses).toEqual([...Array(30).fill(201), 429]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('in Lambda: API Gateway’s source IP, whatever X-Forwarded-For says', async () => {
    const event = await publishedEvent(t, { capacity: 100 });
    const handler = httpHandler(publicAppOf(t));
    const post = (sourceIp: string, forwardedFor: string) => {
      const request = httpApiEvent('POST', `/api/events/${event.slug}/registrations`, {
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify(registrationBody()),
      });
      request.requestContext.http.sourceIp = sourceIp;
      return handler(request as never, lambdaContext('public-api') as never) as Promise<{
        statusCode: number;
      }>;
    };

    const fromOne = [];
    for (let n = 0; n < 31; n++) fromOne.push((await post('192.0.2.77', `198.51.100.${n}`)).statusCode);
    const fromAnother = await post('192.0.2.78', '192.0.2.77');

    expect(fromOne).toEqual([...Array(30).fill(201), 429]);
    expect(fromAnother.statusCode).toBe(201);
  });
});

describe('limits shared by every instance of the hub', () => {
  it('hold across two apps on the same table, as across Lambda instances', async () => {
    const t = await createTestHub(stoppedClock());
    const second = createApp(buildHub(t.config, t.clients, { clock: t.hub.clock }));
    const event = await publishedEvent(t, { capacity: 100 });
    const path = `/api/events/${event.slug}/registrations`;

    const statuses = [];
    for (let n = 0; n < 31; n++)
      statuses.push(
        (await postJsonFrom(n % 2 ? second : t.app, '198.51.100.60', path, registrationBody())).status,
      );

    expect(statuses).toEqual([...Array(30).fill(201), 429]);
    expect((await partition(t, event.id)).registrations).toHaveLength(30);
  });

  it('are all off with HUB_RATE_LIMITS=off', async () => {
    const signInMails = new RecordingSignInMails();
    const staff = uniqueEmail('equipe');
    const t = await createTestHub({ signInMails }, { HUB_STAFF_EMAILS: staff, HUB_RATE_LIMITS: 'off' });
    await t.hub.newsletter.seedTopics();
    const event = await publishedEvent(t, { capacity: 100 });

    const statuses = [];
    for (let n = 0; n < 35; n++)
      statuses.push(
        (
          await postJsonFrom(
            t.app,
            '198.51.100.70',
            `/api/events/${event.slug}/registrations`,
            registrationBody(),
          )
        ).status,
      );
    for (let n = 0; n < 5; n++) await requestMagicLink(t, staff);
    const email = uniqueEmail('abonne');
    for (let n = 0; n < 3; n++)
      await t.app.request(
        '/api/newsletter/subscriptions',
        json({ email, topics: ['webinaires'], consent: true }),
      );

    expect(statuses).toEqual(Array(35).fill(201));
    expect(signInMails.sent).toHaveLength(5);
    expect(await mailsTo(email)).toHaveLength(3);
  });
});
