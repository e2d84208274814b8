import { describe, expect, it } from 'vitest';
import { isBuiltin } from 'node:module';
import { LAMBDA_BUNDLES } from '../../lib/lambda-bundling.js';
import { metafileOf } from '../support/bundle-metafile.js';

const lean = Object.entries(LAMBDA_BUNDLES).filter(([name]) => name !== 'staffApi');

describe('the Lambda bundles', () => {
  it.each(lean)(
    '%s loads with nothing but Node built-ins: every module left out (mjml, jimp…) is imported on demand only',
    async (_name, bundle) => {
      const metafile = await metafileOf(bundle);
      const output = Object.values(metafile.outputs)[0]!;
      // Lambda has no node_modules beside the bundle: a static import of a module left out fails the cold start.
      const loadedAtStart = output.imports
        .filter((imported) => imported.external && imported.kind === 'import-statement')
        .map((imported) => imported.path)
        .filter((path) => !isBuiltin(path));
      expect(loadedAtStart).toEqual([]);
      expect(Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/mjml'))).toEqual([]);
    },
    120_000,
  );

  it.each(Object.entries(LAMBDA_BUNDLES))(
    '%s carries no Secrets Manager client: the signing key is read through the Lambda extension',
    async (_name, bundle) => {
      const inputs = Object.keys((await metafileOf(bundle)).inputs);
      expect(inputs.filter((input) => input.includes('client-secrets-manager'))).toEqual([]);
      expect(inputs.some((input) => input.endsWith('functions/lambda/secrets-extension.ts'))).toBe(
        bundle.entry !== 'functions/lambda/ses-events.ts',
      );
    },
    120_000,
  );

  it('keeps the staff and mail code out of the public API: no S3, SES or SQS client (its mails are table items), mail composition, calendar invitation, kit, ZIP, CSV, Markdown renderer, RGPD, admin, sign-in or campaign staff code', async () => {
    const inputs = Object.keys((await metafileOf(LAMBDA_BUNDLES.api)).inputs);
    const staffOnly = [
      'node_modules/@aws-sdk/client-s3/',
      'node_modules/@aws-sdk/lib-storage/',
      'node_modules/@aws-sdk/client-ses/',
      'node_modules/@aws-sdk/client-sqs/',
      'node_modules/@aws-sdk/middleware-sdk-sqs/',
      'functions/queue/sqs-',
      'node_modules/nodemailer/',
      'node_modules/ical-generator/',
      'node_modules/luxon/',
      'node_modules/mjml',
      'node_modules/jimp/',
      'node_modules/yazl/',
      'node_modules/csv-stringify/',
      'node_modules/markdown-it/',
      'functions/mail/',
      'functions/kits/',
      'functions/partners/',
      'functions/blobs/s3-',
      'functions/rgpd/',
      'functions/admin/',
      'functions/auth/',
      'functions/calendar/routes',
      'functions/campaigns/campaign-service',
      'functions/campaigns/campaign-worker',
      'functions/campaigns/pages/',
    ];
    expect(inputs.some((input) => input.endsWith('functions/lambda/public-api.ts'))).toBe(true);
    expect(inputs.filter((input) => staffOnly.some((path) => input.includes(path)))).toEqual([]);
  }, 120_000);
});
