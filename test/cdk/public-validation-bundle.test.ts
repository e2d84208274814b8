import { describe, expect, it } from 'vitest';
import { LAMBDA_BUNDLES } from '../../lib/lambda-bundling.js';
import { metafileOf } from '../support/bundle-metafile.js';

/** The modules that left code in the bundle (a module reached but fully tree-shaken weighs 0). */
const weighing = (metafile: Awaited<ReturnType<typeof metafileOf>>) =>
  Object.entries(Object.values(metafile.outputs)[0]!.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input]) => input);

/** Classic zod (its schemas cannot be tree-shaken) and the OpenAPI layer: the full app's, ~230 KB. */
const CLASSIC_AND_OPENAPI = [
  'node_modules/zod/v4/classic/',
  'node_modules/@asteasolutions/zod-to-openapi/',
  'node_modules/@hono/zod-openapi/',
  'node_modules/@hono/zod-validator/',
  'build/zod-lean/external.js',
  'functions/http/route-docs.ts',
];

describe('validation in the public API bundle', () => {
  it('is zod/mini only: no classic zod, no OpenAPI generator, no zod-openapi nor zod-validator', async () => {
    const inputs = Object.keys((await metafileOf(LAMBDA_BUNDLES.api)).inputs);

    expect(inputs.some((input) => input.includes('node_modules/zod/v4/mini/'))).toBe(true);
    expect(inputs.filter((input) => CLASSIC_AND_OPENAPI.some((path) => input.includes(path)))).toEqual([]);
  }, 120_000);

  it('gets zod/mini and zod core through build/zod-lean, with only the locales of the hub’s two languages', async () => {
    const metafile = await metafileOf(LAMBDA_BUNDLES.api);

    expect(Object.keys(metafile.inputs)).toEqual(
      expect.arrayContaining(['build/zod-lean/mini/index.js', 'build/zod-lean/v4/core/index.js']),
    );
    const locales = weighing(metafile).filter((input) => input.includes('zod/v4/locales/'));
    // English only behind the English texts' dynamic import (functions/i18n/messages.ts).
    expect(locales.map((input) => input.replace(/.*\//, '')).sort()).toEqual(['en.js', 'fr.js']);
  }, 120_000);

  it('leaves the staff function its OpenAPI document', async () => {
    const inputs = Object.keys((await metafileOf(LAMBDA_BUNDLES.staffApi)).inputs);

    expect(inputs.some((input) => input.includes('node_modules/@asteasolutions/zod-to-openapi/'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('functions/http/route-docs.ts'))).toBe(true);
  }, 120_000);
});
