import { beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_BUNDLES } from '../../lib/lambda-bundling.js';
import { bundleOf } from '../support/bundle-metafile.js';

/** What the public function leaves to the full app or to nobody: the size budget of #3 depends on it. */
describe('the public API bundle', () => {
  let inputs: string[];
  let minified: string;
  let readable: string;
  beforeAll(async () => {
    const built = await bundleOf(LAMBDA_BUNDLES.api);
    inputs = Object.entries(Object.values(built.metafile.outputs)[0]!.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input);
    minified = built.code;
    readable = (await bundleOf(LAMBDA_BUNDLES.api, { minify: false })).code;
  }, 120_000);

  it('carries the public routes without their documentation', () => {
    expect(inputs.filter((input) => /route-docs\.ts$|api-components\.ts$/.test(input))).toEqual([]);
    expect(minified).not.toContain('S’inscrire à un événement');
    expect(minified).not.toContain('Inscription créée (confirmée ou sur liste d’attente).');
  });

  it('routes with PatternRouter alone (hono/tiny)', () => {
    const routers = inputs.filter((input) => input.includes('node_modules/hono/dist/router/'));
    expect(routers.map((input) => input.replace(/.*\/router\//, ''))).toEqual([
      expect.stringMatching(/^pattern-router\//),
    ]);
  });

  it('keeps no zod namespace whole (a namespace read as an object keeps every export of it)', () => {
    expect(readable.match(/\b(util|coerce|iso|core|regexes|locales)_exports\b/g) ?? []).toEqual([]);
  });

  it('writes French as UTF-8, not as escapes', () => {
    expect(minified).toContain('Événements à venir');
    expect(minified).not.toMatch(/\\xE9|\\u00e9/i);
  });
});
