import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { lastMailTo } from '../support/local-mailbox.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { subscribe } from './helpers.js';

// A name that passes the name rule (no link) and still tries to make the hub speak for the requester.
const HOSTILE = 'Compte suspendu, appelez le 01 23 45 67 89';

/** Everything the recipient can read: subject, text, HTML and the raw source. */
async function confirmationTo(email: string): Promise<string> {
  const mail = await lastMailTo(email);
  expect(mail.subject).toBe('Confirmez votre abonnement à la lettre de la filière');
  expect(mail.text).toContain('Bonjour,');
  return [mail.subject, mail.text, mail.html, mail.raw].join('\n');
}

describe('the double opt-in mail holds no text typed by the requester (#14, finding 2)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
    await t.hub.newsletter.seedTopics();
  });

  it('greets with "Bonjour," whatever first name the subscription gave, and keeps the name for later', async () => {
    const email = uniqueEmail('abonne-hostile');

    const response = await subscribe(t, email, ['webinaires'], { firstName: HOSTILE });

    expect(response.status).toBe(202);
    const mail = await confirmationTo(email);
    expect(mail).not.toContain('Compte suspendu');
    expect(mail).not.toContain('01 23 45 67 89');
    expect((await t.hub.subscriberStore.get(email, new Date()))?.pending?.firstName).toBe(HOSTILE);
  });

  it('does the same for the newsletter box of a registration', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('inscrit-hostile');

    await register(t, event, registrationBody({ email, firstName: HOSTILE, newsletter: true }));

    const mails = await confirmationTo(email);
    expect(mails).not.toContain('Compte suspendu');
  });
});
