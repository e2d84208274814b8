import type { OpenAPIHono } from '@hono/zod-openapi';
import type { HubEnv } from '../../functions/http/env.js';
import type { Mailbox } from '../../functions/local/mailbox.js';
import type { StoredMail } from './ses-store.js';

/**
 * The tests' look-ups of one address's mail, answered in the process that holds the local SES and the tap:
 * both keep every mail of the run, and sending all of them to each test file for every look-up cost more
 * than the tests themselves.
 */
export function registerMailLookupRoutes(
  app: OpenAPIHono<HubEnv>,
  sources: { sesEndpoint: string; mailbox: Mailbox },
): void {
  const sesStore = new SesStoreCopy(sources.sesEndpoint);
  app.get('/_test/ses-mails', async (c) => {
    const wanted = (c.req.query('to') ?? '').toLowerCase();
    const emails = (await sesStore.mails()).filter((mail) =>
      mail.destination.to.some((to) => to.toLowerCase().includes(wanted)),
    );
    return c.json({ emails });
  });
  app.get('/_test/raw-mails', (c) => {
    const wanted = (c.req.query('to') ?? '').toLowerCase();
    const messages = sources.mailbox
      .list()
      .filter((message) => message.to.some((to) => to.toLowerCase() === wanted));
    return c.json({ messages });
  });
}

/** The local SES store, oldest first, kept up to date by asking only for what it accepted since the last read. */
class SesStoreCopy {
  private readonly emails: StoredMail[] = [];
  private readonly seen = new Set<string>();
  private since = 0;
  private reading: Promise<void> = Promise.resolve();

  constructor(private readonly endpoint: string) {}

  /** Reads are chained so that mails are appended in the store's order. */
  async mails(): Promise<StoredMail[]> {
    this.reading = this.reading.catch(() => undefined).then(() => this.readNew());
    await this.reading;
    return this.emails;
  }

  private async readNew(): Promise<void> {
    // `since` keeps the mails of that second too (it is inclusive): the ids already seen are skipped.
    const response = await fetch(`${this.endpoint}/store?since=${this.since}`);
    const { emails } = (await response.json()) as { emails: StoredMail[] };
    for (const mail of emails) {
      if (this.seen.has(mail.messageId)) continue;
      this.seen.add(mail.messageId);
      this.emails.push(mail);
      this.since = Math.max(this.since, mail.at);
    }
  }
}
