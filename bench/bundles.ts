/**
 * Lambda bundles: each function built with esbuild exactly as CDK builds it (lib/lambda-bundling.ts), beside
 * a bare Hono + DynamoDB client Lambda built the same way; size and cold import time (a fresh `node`
 * process importing the bundle, median of 20, the bundles taking turns) as ratios against that baseline. Budget: the public API
 * ≤ 2× the baseline in size (room for the features to come) and ≤ 1.5× in cold import. Fails unless mjml is in the staff API bundle and in no other (esbuild
 * metafile). Writes the table into bench/README.md under "Lambda bundles".
 */
import { build, type Metafile } from 'esbuild';
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { esbuildOptions, LAMBDA_BUNDLES, PROJECT_ROOT, type LambdaBundle } from '../lib/lambda-bundling.js';

const RUNS = 20;
const SIZE_BUDGET = 2;
const IMPORT_BUDGET = 1.5;
// Outside the repository, as in Lambda: no node_modules to fall back on, so a bundle that statically imports a
// module it left out fails here instead of loading it from the repository (and timing that).
const OUT = join(tmpdir(), 'filiere-hub-bundles');

const STAFF_BUNDLE = 'api (staff: campaigns, kits)';

/** Label → what is bundled; the first is the baseline, the second the public API the budget is about. */
const bundles: Record<string, LambdaBundle> = {
  'baseline (Hono + DynamoDB)': { entry: 'bench/baseline-lambda.ts', externalModules: [] },
  'api (public)': LAMBDA_BUNDLES.api,
  [STAFF_BUNDLE]: LAMBDA_BUNDLES.staffApi,
  reminders: LAMBDA_BUNDLES.reminders,
  'ses-events': LAMBDA_BUNDLES.sesEvents,
  'campaign worker': LAMBDA_BUNDLES.campaignWorker,
  'campaign tick': LAMBDA_BUNDLES.campaignTick,
  retention: LAMBDA_BUNDLES.retention,
  'mail worker': LAMBDA_BUNDLES.mailWorker,
  // Floors: the baseline plus one validated route, with the hub's validation layer and with zod/mini.
  'floor: baseline + 1 route (@hono/zod-openapi)': {
    entry: 'bench/floor-zod-openapi-lambda.ts',
    externalModules: [],
  },
  'floor: baseline + 1 route (zod/mini)': { entry: 'bench/floor-zod-mini-lambda.ts', externalModules: [] },
};

// What a cold start sees: the configuration the stacks give, the signing key already in the environment
// (no Secrets Manager call), credentials that are never used since importing sends no request.
const coldStartEnv = {
  ...process.env,
  HUB_TABLE_NAME: 'filiere-hub',
  HUB_STAFF_EMAILS: 'equipe@filiere-aimants-aura.fr',
  HUB_SIGNING_KEY: 'bench-signing-key-bench-signing-key-0123456789',
  HUB_BASE_URL: 'https://hub.exemple.fr',
  // The queue and outbox the stacks name; importing sends nothing to them.
  HUB_MAIL_OUTBOX: 'table',
  HUB_CAMPAIGN_QUEUE_URL: 'https://sqs.eu-west-3.amazonaws.com/123456789012/FiliereHubApp-CampaignQueue',
  AWS_REGION: 'eu-west-3',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
};

interface Measure {
  name: string;
  bytes: number;
  importMs: number;
  metafile: Metafile;
}

async function bundle(
  name: string,
  { entry, externalModules }: LambdaBundle,
): Promise<{ file: string; bytes: number; metafile: Metafile }> {
  const dir = join(OUT, name.replace(/\W+/g, '-').replace(/-$/, ''));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.mjs');
  const result = await build({
    ...esbuildOptions(externalModules),
    entryPoints: [join(PROJECT_ROOT, entry)],
    outfile: file,
    metafile: true,
    logLevel: 'error',
  });
  return { file, bytes: statSync(file).size, metafile: result.metafile };
}

function importMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: coldStartEnv,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`import of ${file} failed:\n${child.stderr}`);
  return Number(child.stdout);
}

/**
 * Median cold import of each file, the runs interleaved (one import of each bundle per round): a machine that
 * slows down or speeds up during the benchmark then weighs on every bundle alike, not on whichever ran then.
 */
function coldImportMedians(files: string[]): number[] {
  const times = files.map((): number[] => []);
  for (let run = 0; run < RUNS; run++) files.forEach((file, index) => times[index]!.push(importMs(file)));
  return times.map((sorted) => {
    sorted.sort((a, b) => a - b);
    return (sorted[RUNS / 2 - 1]! + sorted[RUNS / 2]!) / 2;
  });
}

/** Output bytes by package (or by first-party folder), largest first. */
function composition(metafile: Metafile): [string, number][] {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = match ? match[1]! : input.split('/').slice(0, 2).join('/');
      byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

const built = [];
for (const [name, what] of Object.entries(bundles)) built.push({ name, ...(await bundle(name, what)) });
const medians = coldImportMedians(built.map(({ file }) => file));
const measures: Measure[] = built.map(({ name, bytes, metafile }, index) => ({
  name,
  bytes,
  importMs: medians[index]!,
  metafile,
}));
const [baseline, api] = [measures[0]!, measures[1]!];

const rows = measures.map(
  (m) =>
    `| ${m.name} | ${kb(m.bytes)} | ${ratio(m.bytes, baseline.bytes)} | ${m.importMs.toFixed(0)} ms | ${ratio(m.importMs, baseline.importMs)} |`,
);
const withMjml = measures
  .filter((m) => Object.keys(m.metafile.inputs).some((input) => input.includes('node_modules/mjml')))
  .map((m) => m.name);
const mjmlOk = withMjml.length === 1 && withMjml[0] === STAFF_BUNDLE;
const sizeOk = api.bytes <= SIZE_BUDGET * baseline.bytes;
const importOk = api.importMs <= IMPORT_BUDGET * baseline.importMs;
const topOfApi = composition(api.metafile)
  .slice(0, 8)
  .map(([pkg, bytes]) => `${pkg} ${kb(bytes)}`)
  .join(', ');

// What the public API holds beyond the baseline, package by package (or folder of the hub), against what the
// budget allows: where the next kilobytes would have to come from.
const baselineParts = new Map(composition(baseline.metafile));
const aboveBaseline = composition(api.metafile)
  .map(([part, bytes]) => [part, bytes - (baselineParts.get(part) ?? 0)] as const)
  .filter(([, extra]) => extra > 1024)
  .sort((a, b) => b[1] - a[1]);
const headroom = SIZE_BUDGET * baseline.bytes - baseline.bytes;

const table = [
  '| bundle | size | × baseline | cold import (median of 20) | × baseline |',
  '|---|---|---|---|---|',
  ...rows,
].join('\n');
const verdict = [
  `Budget for the public API: ≤ ${SIZE_BUDGET}× the baseline in size, ≤ ${IMPORT_BUDGET}× in cold import. Size: ${sizeOk ? 'within' : 'OVER'} (${ratio(api.bytes, baseline.bytes)}); cold import: ${importOk ? 'within' : 'OVER'} (${ratio(api.importMs, baseline.importMs)}).`,
  `Largest parts of the API bundle (esbuild metafile, minified bytes): ${topOfApi}.`,
  `Above the baseline the public API holds ${kb(api.bytes - baseline.bytes)}, for ${kb(headroom)} the budget allows: ${aboveBaseline
    .slice(0, 12)
    .map(([part, extra]) => `${part} +${kb(extra)}`)
    .join(', ')}.`,
  `mjml in a bundle (expected in the staff one only): ${withMjml.length ? withMjml.join(', ') : 'none'}${mjmlOk ? '' : ' — WRONG'}.`,
].join('\n\n');

console.log(`\nLambda bundles\n\n${table}\n\n${verdict}\n`);

const machine = `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (nproc ${execSync('nproc').toString().trim()}), node ${process.version}, esbuild ${(await import('esbuild')).version}, load average ${loadavg()[0]!.toFixed(1)} at the end`;
const section = `## Lambda bundles\n\nMeasured by \`npx tsx bench/bundles.ts\` on ${machine}. Each bundle is built as CDK builds it (ESM, minified, node24 target, AWS SDK bundled); the import time is a fresh \`node\` process importing the bundle with the function's configuration in the environment, 20 rounds in which the bundles take turns.\n\n${table}\n\n${verdict}\n`;
const readmePath = join(PROJECT_ROOT, 'bench/README.md');
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '# Benchmarks\n';
const sectionPattern = /## Lambda bundles\n[\s\S]*?(?=\n## |$)/;
const updated = sectionPattern.test(readme)
  ? readme.replace(sectionPattern, section)
  : `${readme.trimEnd()}\n\n${section}`;
// Formatted as `npm run check` expects (prettier --check), whatever the table's widths.
writeFileSync(
  readmePath,
  await format(updated, { ...(await resolveConfig(readmePath)), filepath: readmePath }),
);
if (!mjmlOk) process.exitCode = 1;
