import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { Mailer, OutgoingMail } from './mailer.js';
import { composeMime, type Sender } from './mime.js';

export interface SesMailerOptions extends Sender {
  /** Every send goes through the configuration set, so bounces and complaints come back to the hub. */
  configurationSet?: string;
}

export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESClient,
    private readonly options: SesMailerOptions,
  ) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const raw = await composeMime(mail, this.options);
    const result = await this.ses.send(
      new SendRawEmailCommand({
        RawMessage: { Data: raw },
        Destinations: mail.to,
        Source: this.options.from,
        ...(this.options.configurationSet ? { ConfigurationSetName: this.options.configurationSet } : {}),
        ...(mail.tags ? { Tags: Object.entries(mail.tags).map(([Name, Value]) => ({ Name, Value })) } : {}),
      }),
    );
    return { messageId: result.MessageId ?? '' };
  }
}
