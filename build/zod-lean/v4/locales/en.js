// `zod/v4/locales/en.js` under the alias of ../../index.js: the real module, which only the English texts import
// (lazily, functions/i18n/en.ts).
export { default } from '../../../../node_modules/zod/v4/locales/en.js';
