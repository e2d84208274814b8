/**
 * What the Lambda bundles get for `import … from 'zod'` (esbuild alias, lib/lambda-bundling.ts): zod itself,
 * minus its `locales` namespace. @hono/zod-openapi hands the whole `z` namespace to extendZodWithOpenApi, so
 * no bundler can drop an export of it, and `z.locales` is 45 languages (~257 KB minified) of which the hub
 * uses one, imported directly (functions/http/validation.ts). Same modules, same code; mirrors zod 4.6's
 * v4/classic/external.js (a test checks that nothing else is missing).
 */
import * as z from './external.js';
export * from './external.js';
export { z, z as default };
