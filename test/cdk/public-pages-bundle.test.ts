import { describe, expect, it } from 'vitest';
import { LAMBDA_BUNDLES } from '../../lib/lambda-bundling.js';
import { metafileOf } from '../support/bundle-metafile.js';

describe('the public API bundle’s pages', () => {
  it('carry the site shell and stylesheet but not the staff console’s navigation, layout or stylesheet', async () => {
    const inputs = Object.keys((await metafileOf(LAMBDA_BUNDLES.api)).inputs);

    expect(inputs).toEqual(
      expect.arrayContaining(['functions/pages/layout.tsx', 'functions/pages/styles.ts']),
    );
    const console = [
      'functions/pages/staff-nav.ts',
      'functions/pages/staff-layout.tsx',
      'functions/pages/console-styles.ts',
    ];
    expect(inputs.filter((input) => console.includes(input))).toEqual([]);
  }, 120_000);
});
