import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One message as the hub sent it: `raw` is the full MIME source, custom headers included. */
export interface MailboxMessage {
  id: string;
  to: string[];
  subject: string;
  /** When the local SES accepted it (ISO 8601, UTC). */
  date: string;
  raw: string;
}

export interface Mailbox {
  /** Newest first. */
  list(): MailboxMessage[];
  get(id: string): MailboxMessage | undefined;
}

/**
 * The local mailbox: kept in memory and, when given a directory, one JSON file per message so that it
 * survives restarts. Ids are looked up in memory only, never used to build a path from input.
 */
export class LocalMailbox implements Mailbox {
  private readonly messages: MailboxMessage[] = [];

  private constructor(private readonly dataDir: string | undefined) {}

  static async open(dataDir?: string): Promise<LocalMailbox> {
    const mailbox = new LocalMailbox(dataDir);
    if (dataDir) {
      await mkdir(dataDir, { recursive: true });
      const files = (await readdir(dataDir)).filter((file) => file.endsWith('.json')).sort();
      for (const file of files) {
        mailbox.messages.unshift(JSON.parse(await readFile(join(dataDir, file), 'utf8')) as MailboxMessage);
      }
    }
    return mailbox;
  }

  async record(message: MailboxMessage): Promise<void> {
    this.messages.unshift(message);
    if (this.dataDir) {
      // The file name sorts in sending order, which is how the mailbox is rebuilt on the next start.
      const name = `${Date.parse(message.date).toString().padStart(15, '0')}-${this.messages.length.toString().padStart(6, '0')}.json`;
      await writeFile(join(this.dataDir, name), JSON.stringify(message));
    }
  }

  list(): MailboxMessage[] {
    return [...this.messages];
  }

  get(id: string): MailboxMessage | undefined {
    return this.messages.find((message) => message.id === id);
  }
}
