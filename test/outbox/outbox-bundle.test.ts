import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { esbuildOptions, PROJECT_ROOT } from '../../lib/lambda-bundling.js';

/** What writing a mail takes: none of it may reach a function that only queues mail. */
const MAIL_WRITING = [
  /^functions\/mail\//,
  /node_modules\/nodemailer\//,
  /node_modules\/ical-generator\//,
  /node_modules\/luxon\//,
  /node_modules\/markdown-it\//,
  /node_modules\/@aws-sdk\/client-ses\//,
];

/** The modules a tiny entry re-exporting `modules` bundles, as the Lambda bundles are built. */
async function bundledInputs(modules: string[]): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: modules.map((module) => `export * from './${module}';`).join('\n'),
      resolveDir: PROJECT_ROOT,
      loader: 'ts',
    },
    ...esbuildOptions([]),
    outfile: 'index.mjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

const mailWriting = (inputs: string[]) =>
  inputs.filter((input) => MAIL_WRITING.some((pattern) => pattern.test(input)));

describe('the outbox side of the mail queue', () => {
  it('bundles no mail writing: no templates, MIME, calendar, dates library, Markdown, SES nor SQS client', async () => {
    const inputs = await bundledInputs([
      'functions/outbox/mail-outbox.ts',
      'functions/outbox/mail-messages.ts',
      'functions/contract/queues.ts',
      'functions/newsletter/newsletter-confirmations.ts',
      'functions/registrations/notifier.ts',
      'functions/outbox/dynamo-mail-outbox.ts',
    ]);

    expect(inputs).toContain('functions/outbox/outbox-notifier.ts');
    expect(inputs.some((input) => input.includes('node_modules/@aws-sdk/lib-dynamodb/'))).toBe(true);
    // The queue is the hub's table: no queue client either.
    expect(inputs.filter((input) => input.includes('node_modules/@aws-sdk/client-sqs/'))).toEqual([]);
    expect(mailWriting(inputs)).toEqual([]);
  }, 60_000);

  it('is told apart from the consumer side, which does bundle them', async () => {
    const found = mailWriting(
      await bundledInputs(['functions/composition/mail-services.ts', 'functions/mail/ses-mailer.ts']),
    );

    // markdown-it renders the event pages, not the mails: the outbox side must not bring it in either.
    for (const pattern of MAIL_WRITING.filter((pattern) => !String(pattern).includes('markdown')))
      expect(
        found.some((input) => pattern.test(input)),
        String(pattern),
      ).toBe(true);
  }, 60_000);
});
