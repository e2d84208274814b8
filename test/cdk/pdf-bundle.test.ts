import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  LAMBDA_BUNDLES,
  PROJECT_ROOT,
  esbuildOptions,
  lambdaBundling,
  pdfFontCommands,
} from '../../lib/lambda-bundling.js';

/** Bundles, as the staff function is, a script that writes a PDF in Helvetica; runs it, answers what it printed. */
async function bundledPdfRun(withFonts: boolean): Promise<{ status: number | null; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-bundle-'));
  const entry = join(dir, 'entry.ts');
  await writeFile(
    entry,
    `import { renderPdf } from ${JSON.stringify(join(PROJECT_ROOT, 'functions/pdf/pdf-file.ts'))};
const pdf = await renderPdf({ title: 'Attestation', author: 'Hub' }, (doc) => { doc.font('Helvetica').text('Œuvre réalisée'); });
console.log(pdf.subarray(0, 5).toString());`,
  );
  const out = join(dir, 'out');
  await build({
    ...esbuildOptions(LAMBDA_BUNDLES.staffApi.externalModules),
    entryPoints: [entry],
    outfile: join(out, 'index.mjs'),
    logLevel: 'silent',
  });
  if (withFonts)
    for (const command of pdfFontCommands(PROJECT_ROOT, out)) execFileSync('sh', ['-c', command]);
  const run = spawnSync(process.execPath, [join(out, 'index.mjs')], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the staff function’s bundle', () => {
  it('writes PDFs in Lambda: the standard fonts pdfkit loads at run time go beside the bundle', async () => {
    expect(lambdaBundling(LAMBDA_BUNDLES.staffApi).commandHooks?.afterBundling('/in', '/out')).toEqual(
      pdfFontCommands('/in', '/out'),
    );
    expect(lambdaBundling(LAMBDA_BUNDLES.api).commandHooks).toBeUndefined();

    const without = await bundledPdfRun(false);
    expect(without.status).not.toBe(0);
    expect(without.output).toContain('#standard-fonts/Helvetica');

    const withFonts = await bundledPdfRun(true);
    expect(withFonts.output.trim()).toBe('%PDF-');
    expect(withFonts.status).toBe(0);
  }, 60_000);
});
