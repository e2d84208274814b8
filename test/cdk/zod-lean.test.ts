import { describe, expect, it } from 'vitest';
import * as zod from 'zod';

/** build/zod-lean, what the Lambda bundles get for `zod` (esbuild alias in lib/lambda-bundling.ts). */
async function lean(path: string): Promise<Record<string, unknown>> {
  return (await import(new URL(`../../build/zod-lean/${path}`, import.meta.url).href)) as Record<
    string,
    unknown
  >;
}

const namesOf = (namespace: object, without: string[] = []) =>
  Object.keys(namespace)
    .filter((name) => !without.includes(name))
    .sort();

describe('zod without its locales, as the Lambda bundles get it', () => {
  it('exports every binding of zod but `locales`, bound to the very same objects', async () => {
    const bundled = await lean('index.js');
    expect(namesOf(bundled)).toEqual(namesOf(zod, ['locales']));
    for (const name of namesOf(bundled, ['z', 'default', 'core']))
      expect(bundled[name], name).toBe((zod as Record<string, unknown>)[name]);
  });

  it('has the same core namespace but `locales`', async () => {
    const core = (await lean('index.js')).core as Record<string, unknown>;
    expect(namesOf(core)).toEqual(namesOf(zod.core, ['locales']));
    expect(core.$constructor).toBe(zod.core.$constructor);
  });

  it('serves zod/mini and zod/v4/core as the public routes import them, the same bindings', async () => {
    const mini = (await import('zod/mini')) as Record<string, unknown>;
    const core = (await import('zod/v4/core')) as Record<string, unknown>;
    const leanMini = await lean('mini/index.js');
    const leanCore = await lean('v4/core/index.js');
    expect(namesOf(leanMini)).toEqual(namesOf(mini));
    expect(leanMini.object).toBe(mini.object);
    expect(namesOf(leanCore)).toEqual(namesOf(core, ['locales']));
    expect(leanCore.config).toBe(core.config);
  });

  it('still resolves the French locale the hub configures (functions/http/validation.ts)', async () => {
    const { default: fr } = await lean('v4/locales/fr.js');
    expect(fr).toBe((await import('zod/v4/locales/fr.js')).default);
  });

  it('resolves the English locale the English answers load (functions/i18n/en.ts)', async () => {
    const { default: en } = await lean('v4/locales/en.js');
    expect(en).toBe((await import('zod/v4/locales/en.js')).default);
  });
});
