// `zod/v4/core` under the alias of ../../index.js: the core namespace without `locales` (../../core.js), the one
// classic zod's `z.core` already is in the bundles.
export * from '../../core.js';
