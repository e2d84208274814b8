import { fileURLToPath } from 'node:url';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** The newest Node.js runtime that both Lambda and aws-cdk-lib offer; the code avoids Node-22+-only APIs. */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;
export const LAMBDA_ARCHITECTURE = Architecture.ARM_64;

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where each Lambda entry lives, by function. */
export const LAMBDA_ENTRIES = {
  api: 'functions/lambda/api.ts',
  reminders: 'functions/lambda/reminders.ts',
  sesEvents: 'functions/lambda/ses-events.ts',
} as const;

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
  banner: ESM_REQUIRE_BANNER,
} as const;

export const lambdaBundling: BundlingOptions = {
  format: OutputFormat.ESM,
  target: ESBUILD_SETTINGS.target,
  mainFields: [...ESBUILD_SETTINGS.mainFields],
  minify: ESBUILD_SETTINGS.minify,
  banner: ESBUILD_SETTINGS.banner,
  sourceMap: false,
  bundleAwsSDK: true,
  externalModules: [],
  forceDockerBundling: false,
};
