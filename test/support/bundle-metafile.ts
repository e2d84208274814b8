import { build, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { esbuildOptions, PROJECT_ROOT, type LambdaBundle } from '../../lib/lambda-bundling.js';

/** A Lambda bundle as CDK builds it (lib/lambda-bundling.ts), in memory, with esbuild's metafile. */
export async function metafileOf(bundle: LambdaBundle): Promise<Metafile> {
  const result = await build({
    ...esbuildOptions(bundle.externalModules),
    entryPoints: [join(PROJECT_ROOT, bundle.entry)],
    outfile: 'index.mjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}
