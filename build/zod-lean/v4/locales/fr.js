// `zod/v4/locales/fr.js` under the alias of ../../index.js: the real module.
export { default } from '../../../../node_modules/zod/v4/locales/fr.js';
