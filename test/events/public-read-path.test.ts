import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { join } from 'node:path';
import { esbuildOptions, LAMBDA_BUNDLES, PROJECT_ROOT } from '../../lib/lambda-bundling.js';

/** The modules a visitor's request goes through to read an event: pages, public API, registration form. */
const PUBLIC_READ_PATH = [
  'functions/events/public-routes.ts',
  'functions/events/page-routes.tsx',
  'functions/events/event-views.ts',
  'functions/events/pages/event-page.tsx',
  'functions/events/pages/event-list-page.tsx',
  'functions/events/event-service.ts',
  'functions/registrations/public-routes.ts',
];

async function bundle(entry: string, external: readonly string[]) {
  const result = await build({
    ...esbuildOptions(external),
    entryPoints: [join(PROJECT_ROOT, entry)],
    outfile: 'index.mjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

describe('the public read path of events', () => {
  it.each(PUBLIC_READ_PATH)(
    '%s does not reach the Markdown renderer',
    async (entry) => {
      const { inputs } = await bundle(entry, LAMBDA_BUNDLES.api.externalModules);

      const reached = Object.keys(inputs);
      expect(reached).toContain(entry);
      expect(reached.filter((input) => /markdown|linkify-it|mdurl/.test(input))).toEqual([]);
    },
    60_000,
  );

  it('the API function imports markdown-it only on demand, so it can be left out of the public bundle', async () => {
    const metafile = await bundle(LAMBDA_BUNDLES.api.entry, [
      ...LAMBDA_BUNDLES.api.externalModules,
      'markdown-it',
    ]);

    const imports = Object.values(metafile.outputs)[0]!.imports.filter(
      (imported) => imported.path === 'markdown-it',
    );
    expect(imports.map((imported) => imported.kind)).toEqual(['dynamic-import']);
  }, 120_000);
});
