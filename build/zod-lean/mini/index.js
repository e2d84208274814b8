// `zod/mini` under the alias of ../index.js: the real module (node_modules/zod/v4/mini, zod 4.6). Unlike classic,
// nothing hands its whole namespace around, so the bundler keeps only the functions the hub calls and drops
// `locales` and the rest on its own.
export * from '../../../node_modules/zod/v4/mini/index.js';
