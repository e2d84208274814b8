import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { RESERVED_EMAIL } from '../../functions/shared/email.js';
import { RecordingSignInMails } from '../support/auth.js';
import { rawMailsTo } from '../support/local-mailbox.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import {
  partition,
  postForm,
  postJson,
  publishedEvent,
  registrationBody,
} from '../registrations/fixtures.js';

const NOT_A_LINK =
  'Ce champ ne doit contenir ni lien ni adresse de site (un point entre deux mots est suivi d’une espace).';
const PHISHING = 'Compte suspendu, voir https://evil.example';
const SUBSCRIBE = '/api/newsletter/subscriptions';

interface Problem {
  status: number;
  errors: Record<string, string[]>;
}

async function expectFieldRefused(response: Response, field: string, message: string): Promise<void> {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = (await response.json()) as Problem;
  expect(problem.status).toBe(400);
  expect(problem.errors[field]).toEqual([message]);
}

describe('no phishing through names, no mail to reserved domains (#14, finding 2 and 3)', () => {
  let t: TestHub;
  let signInMails: RecordingSignInMails;
  let event: HubEvent;
  const registrations = () => `/api/events/${event.slug}/registrations`;
  beforeAll(async () => {
    signInMails = new RecordingSignInMails();
    t = await createTestHub({ signInMails });
    await t.hub.newsletter.seedTopics();
    event = await publishedEvent(t);
  });

  it.each([
    ['firstName', PHISHING],
    ['firstName', 'bit.ly'],
    ['lastName', 'www.evil'],
    ['lastName', 'Durand (x.fr)'],
    ['organisation', 'evil.example'],
    ['organisation', 'http://x'],
  ])('refuses a registration whose %s is %j, and stores and mails nothing', async (field, value) => {
    const email = uniqueEmail('hameconnage');

    const response = await postJson(t, registrations(), registrationBody({ email, [field]: value }));

    await expectFieldRefused(response, field, NOT_A_LINK);
    expect((await partition(t, event.id)).registrations ?? []).toHaveLength(0);
    expect(await rawMailsTo(email)).toHaveLength(0);
  });

  it('shows the message beside the field of the registration form', async () => {
    const response = await postForm(t, registrations(), {
      firstName: PHISHING,
      lastName: 'Durand',
      email: uniqueEmail('formulaire'),
      consent: 'true',
    });

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(`<p class="error" id="firstName-erreur">${NOT_A_LINK}</p>`);
    expect(html).toContain('aria-describedby="firstName-erreur"');
  });

  it('registers ordinary names with dots, apostrophes and accents', async () => {
    const response = await postJson(
      t,
      registrations(),
      registrationBody({ firstName: 'J.-P.', lastName: 'O’Connor D.', organisation: 'Rare Earths S.A.' }),
    );

    expect(response.status).toBe(201);
  });

  it.each([PHISHING, 'evil.example'])(
    'refuses a subscription whose first name is %j, and mails nothing',
    async (firstName) => {
      const email = uniqueEmail('hameconnage');

      const response = await postJson(t, SUBSCRIBE, {
        email,
        firstName,
        topics: ['webinaires'],
        consent: true,
      });

      await expectFieldRefused(response, 'firstName', NOT_A_LINK);
      expect(await rawMailsTo(email)).toHaveLength(0);
    },
  );

  it('shows the message beside the field of the subscription form', async () => {
    const response = await postForm(t, SUBSCRIBE, {
      email: uniqueEmail('formulaire'),
      firstName: PHISHING,
      topics: 'webinaires',
      consent: 'on',
    });

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(`<p class="error" id="firstName-erreur">${NOT_A_LINK}</p>`);
    expect(html).toContain('aria-describedby="firstName-erreur"');
  });

  it.each(['eve@example.invalid', 'eve@example.test', 'eve@hub.localhost', 'eve@evil.example'])(
    'refuses %j as the address of a registration and of a subscription',
    async (email) => {
      const registration = await postJson(t, registrations(), registrationBody({ email }));
      const subscription = await postJson(t, SUBSCRIBE, { email, topics: ['webinaires'], consent: true });

      await expectFieldRefused(registration, 'email', RESERVED_EMAIL);
      await expectFieldRefused(subscription, 'email', RESERVED_EMAIL);
      expect(await rawMailsTo(email)).toHaveLength(0);
    },
  );

  it('shows the reserved-domain message beside the address of both forms', async () => {
    const email = 'eve@example.invalid';
    const registration = await postForm(t, registrations(), {
      firstName: 'Eve',
      lastName: 'Durand',
      email,
      consent: 'true',
    });
    const subscription = await postForm(t, SUBSCRIBE, { email, topics: 'webinaires', consent: 'on' });

    for (const response of [registration, subscription]) {
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(`<p class="error" id="email-erreur">${RESERVED_EMAIL}</p>`);
    }
  });

  it('refuses a sign-in link for a reserved-domain address, from the API and the page', async () => {
    const before = signInMails.sent.length;

    const api = await postJson(t, '/api/auth/magic-link', { email: 'equipe@hub.test' });
    const page = await postForm(t, '/connexion', { email: 'equipe@hub.test' });

    await expectFieldRefused(api, 'email', RESERVED_EMAIL);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain(RESERVED_EMAIL);
    expect(signInMails.sent.length).toBe(before);
  });
});
