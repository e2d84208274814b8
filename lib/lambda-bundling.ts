import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Charset, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/** The newest Node.js runtime that both Lambda and aws-cdk-lib offer; the code avoids Node-22+-only APIs. */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;
export const LAMBDA_ARCHITECTURE = Architecture.ARM_64;

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Loaded by dynamic `import()` only when staff compile a campaign (mjml, html-to-text) or confirm an image
 * upload of a kit (jimp, for the thumbnail). Left external (unresolved) in every bundle but the staff API's,
 * so the public site and the workers stay small; their code never reaches those imports.
 */
export const STAFF_ONLY_MODULES = ['mjml', 'html-to-text', 'jimp'];

export interface LambdaBundle {
  /** Path from the repository root. */
  entry: string;
  /** Passed to esbuild as `--external`. */
  externalModules: readonly string[];
  /** Writes PDFs (attendance sheets, certificates): pdfkit's standard fonts go beside the bundle. */
  writesPdf?: true;
}

/** What each function bundles. The public API has its own entry (public routes only); the staff API is the full app. */
export const LAMBDA_BUNDLES = {
  api: { entry: 'functions/lambda/public-api.ts', externalModules: STAFF_ONLY_MODULES },
  // mjml's configuration loader (cosmiconfig) requires `typescript` only to read a `.ts` config file, which the
  // hub never has: bundling it would add ~3.5 MB.
  staffApi: { entry: 'functions/lambda/api.ts', externalModules: ['typescript'], writesPdf: true },
  reminders: { entry: 'functions/lambda/reminders.ts', externalModules: STAFF_ONLY_MODULES },
  sesEvents: { entry: 'functions/lambda/ses-events.ts', externalModules: STAFF_ONLY_MODULES },
  campaignWorker: { entry: 'functions/lambda/campaign-worker.ts', externalModules: STAFF_ONLY_MODULES },
  mailWorker: { entry: 'functions/lambda/mail-worker.ts', externalModules: STAFF_ONLY_MODULES },
  campaignTick: { entry: 'functions/lambda/campaign-fanout.ts', externalModules: STAFF_ONLY_MODULES },
  retention: { entry: 'functions/lambda/retention.ts', externalModules: STAFF_ONLY_MODULES },
} as const satisfies Record<string, LambdaBundle>;

/** Some CommonJS dependencies call `require` for Node built-ins; an ESM bundle has to provide it. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __hubCreateRequire } from 'node:module'; const require = __hubCreateRequire(import.meta.url);";

/**
 * One definition of how every function is bundled, read both by CDK and by bench/bundles.ts so that the
 * benchmark measures what is deployed. The AWS SDK is bundled (pinned version, tree-shaken) instead of
 * taken from the runtime.
 */
export const ESBUILD_SETTINGS = {
  target: 'node24',
  format: 'esm',
  mainFields: ['module', 'main'],
  minify: true,
  // The pages and messages are French: UTF-8 keeps `é` two bytes where esbuild's default `\xE9` takes four.
  charset: 'utf8',
  banner: ESM_REQUIRE_BANNER,
  // zod without its 45 locales (~257 KB of every bundle): see build/zod-lean/index.js. A runtime shim that only
  // the bundler reads, so it lives in build/, apart from the stack's code.
  alias: { zod: join(PROJECT_ROOT, 'build/zod-lean') },
} as const;

/**
 * The same options CDK passes on the esbuild command line (bundling.js: --bundle --target --platform --format
 * --minify --charset --banner:js --main-fields --external --alias), for the benchmark and the tests that build bundles
 * themselves to weigh them or read their metafile.
 */
export function esbuildOptions(externalModules: readonly string[]): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    target: ESBUILD_SETTINGS.target,
    format: ESBUILD_SETTINGS.format,
    mainFields: [...ESBUILD_SETTINGS.mainFields],
    minify: ESBUILD_SETTINGS.minify,
    charset: ESBUILD_SETTINGS.charset,
    banner: { js: ESBUILD_SETTINGS.banner },
    alias: { ...ESBUILD_SETTINGS.alias },
    external: [...externalModules],
  };
}

/**
 * pdfkit loads its standard fonts at run time with `require('#standard-fonts/…')`, a subpath import of its own
 * package.json, which no bundle holds: the font files are copied beside the bundle with a package.json that maps
 * the same subpath to them.
 */
export function pdfFontCommands(inputDir: string, outputDir: string): string[] {
  const imports = JSON.stringify({ imports: { '#standard-fonts/*': './standard-fonts/*.cjs' } });
  return [
    `cp -r "${inputDir}/node_modules/pdfkit/js/standard-fonts" "${outputDir}/standard-fonts"`,
    `echo '${imports}' > "${outputDir}/package.json"`,
  ];
}

export function lambdaBundling(bundle: LambdaBundle): BundlingOptions {
  return {
    ...(bundle.writesPdf
      ? {
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: pdfFontCommands,
          },
        }
      : {}),
    format: OutputFormat.ESM,
    target: ESBUILD_SETTINGS.target,
    mainFields: [...ESBUILD_SETTINGS.mainFields],
    minify: ESBUILD_SETTINGS.minify,
    charset: Charset.UTF8,
    banner: ESBUILD_SETTINGS.banner,
    sourceMap: false,
    bundleAwsSDK: true,
    externalModules: [...bundle.externalModules],
    esbuildArgs: {
      '--alias': Object.entries(ESBUILD_SETTINGS.alias).map(([from, to]) => `${from}=${to}`),
    },
    forceDockerBundling: false,
  };
}
