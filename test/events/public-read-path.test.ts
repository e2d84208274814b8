import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { join } from 'node:path';
import {
  esbuildOptions,
  LAMBDA_BUNDLES,
  PROJECT_ROOT,
  STAFF_ONLY_MODULES,
} from '../../lib/lambda-bundling.js';

/** The modules a visitor's request goes through to read an event: pages, public API, registration form. */
const PUBLIC_READ_PATH = [
  'functions/events/public-routes.ts',
  'functions/events/pages/public-routes.tsx',
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

  it('the staff API imports markdown-it only on demand, so a function that reaches the renderer may leave it out', async () => {
    const metafile = await bundle(LAMBDA_BUNDLES.staffApi.entry, [
      ...LAMBDA_BUNDLES.staffApi.externalModules,
      ...STAFF_ONLY_MODULES,
      'markdown-it',
    ]);

    const imports = Object.values(metafile.outputs)[0]!.imports.filter(
      (imported) => imported.path === 'markdown-it',
    );
    expect(imports.map((imported) => imported.kind)).toEqual(['dynamic-import']);
  }, 120_000);
});

/**
 * The staff classes beside the public ones the public function shares with the full hub: it builds the
 * public classes only (composition/public-hub.ts), so none of these may come back into its bundle.
 */
const STAFF_HALVES = [
  ['functions/events/dynamo-event-admin-store.ts', 'functions/events/dynamo-event-store.ts'],
  ['functions/events/event-admin-service.ts', 'functions/events/event-service.ts'],
  ['functions/events/markdown.ts', 'functions/events/event-service.ts'],
  [
    'functions/registrations/dynamo-registration-admin-store.ts',
    'functions/registrations/dynamo-registration-store.ts',
  ],
  [
    'functions/registrations/registration-admin-service.ts',
    'functions/registrations/registration-service.ts',
  ],
  [
    'functions/newsletter/dynamo-subscriber-admin-store.ts',
    'functions/newsletter/dynamo-subscriber-store.ts',
  ],
  ['functions/campaigns/dynamo-campaign-admin-store.ts', 'functions/campaigns/dynamo-campaign-store.ts'],
  ['functions/composition/hub.ts', 'functions/composition/public-hub.ts'],
] as const;

describe('the public API bundle', () => {
  let inputs: string[];

  beforeAll(async () => {
    inputs = Object.keys((await bundle(LAMBDA_BUNDLES.api.entry, LAMBDA_BUNDLES.api.externalModules)).inputs);
  }, 120_000);

  it.each(STAFF_HALVES)('leaves out %s and carries %s', (staffOnly, publicHalf) => {
    expect(inputs).toContain(publicHalf);
    expect(inputs).not.toContain(staffOnly);
  });
});
