import { build, type BuildOptions, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { esbuildOptions, PROJECT_ROOT, type LambdaBundle } from '../../lib/lambda-bundling.js';

interface BuiltBundle {
  metafile: Metafile;
  code: string;
}

/** Builds as CDK does, kept for the worker: the bundle tests read the same few bundles many times over. */
const builds = new Map<LambdaBundle, Promise<BuiltBundle>>();

/** A Lambda bundle as CDK builds it (lib/lambda-bundling.ts), in memory, with esbuild's metafile. */
export async function metafileOf(bundle: LambdaBundle): Promise<Metafile> {
  return (await bundleOf(bundle)).metafile;
}

/** The same build, with its code; `overrides` change how it is built (unminified, to read its names). */
export function bundleOf(bundle: LambdaBundle, overrides: BuildOptions = {}): Promise<BuiltBundle> {
  if (Object.keys(overrides).length > 0) return buildBundle(bundle, overrides);
  let built = builds.get(bundle);
  if (!built) {
    built = buildBundle(bundle, {});
    builds.set(bundle, built);
  }
  return built;
}

async function buildBundle(bundle: LambdaBundle, overrides: BuildOptions): Promise<BuiltBundle> {
  const result = await build({
    ...esbuildOptions(bundle.externalModules),
    ...overrides,
    entryPoints: [join(PROJECT_ROOT, bundle.entry)],
    outfile: 'index.mjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { metafile: result.metafile, code: result.outputFiles[0]!.text };
}
