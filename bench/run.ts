import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { benchRegistrations } from './registrations.js';

const ratio = (value: number, base: number) => (base > 0 ? (value / base).toFixed(2) : 'n/a');
const ms = (value: number) => `${value.toFixed(1)} ms`;

console.log(
  `filiere-hub benchmarks — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}\n`,
);

const figures = await benchRegistrations();
const { health, rawTransaction, registrations, rateLimitCost, fill } = figures;
console.log('Registrations on the local hub (50 concurrent clients)');
console.table({
  'GET /health (HTTP stack limit)': {
    'req/s': health.perSecond.toFixed(0),
    p50: ms(health.p50),
    p99: ms(health.p99),
  },
  'raw TransactWriteItems (store limit)': {
    'req/s': rawTransaction.perSecond.toFixed(0),
    p50: ms(rawTransaction.p50),
    p99: ms(rawTransaction.p99),
  },
  'POST registrations (hub)': {
    'req/s': registrations.perSecond.toFixed(0),
    p50: ms(registrations.p50),
    p99: ms(registrations.p99),
  },
});
console.log(`hub ÷ store limit: ${ratio(registrations.perSecond, rawTransaction.perSecond)} (goal ≥ 0.7)`);
console.log(`hub ÷ HTTP limit:  ${ratio(registrations.perSecond, health.perSecond)}`);
console.log(`non-2xx during the registration run: ${registrations.non2xx}, errors: ${registrations.errors}`);
console.log(`\nRate limits' cost (registrations, both at once, ${rateLimitCost.rounds} rounds)`);
console.table({
  'limits on, budget 1,000,000/min': {
    'req/s': rateLimitCost.limitsOn.perSecond.toFixed(1),
    p50: ms(rateLimitCost.limitsOn.p50),
    p99: ms(rateLimitCost.limitsOn.p99),
    non2xx: rateLimitCost.limitsOn.non2xx,
  },
  'HUB_RATE_LIMITS=off': {
    'req/s': rateLimitCost.limitsOff.perSecond.toFixed(1),
    p50: ms(rateLimitCost.limitsOff.p50),
    p99: ms(rateLimitCost.limitsOff.p99),
    non2xx: rateLimitCost.limitsOff.non2xx,
  },
});
console.log(
  `limits on ÷ off: ${ratio(rateLimitCost.limitsOn.perSecond, rateLimitCost.limitsOff.perSecond)} (goal ≥ 0.9)`,
);
console.log(
  `\nFill: ${fill.attempts} attempts (${fill.inFlight} in flight) on ${fill.seats} seats → ${fill.confirmed} confirmed, ${fill.refused} refused (409), ${fill.failed} other, in ${fill.seconds.toFixed(2)} s`,
);

const bundles = spawnSync(process.execPath, ['--import', 'tsx', 'bench/bundles.ts'], { stdio: 'inherit' });
if (bundles.status !== 0) process.exitCode = 1;

const kitsZip = spawnSync(process.execPath, ['--import', 'tsx', 'bench/kits-zip.ts'], { stdio: 'inherit' });
if (kitsZip.status !== 0) process.exitCode = 1;

const campaigns = spawnSync(process.execPath, ['--import', 'tsx', 'bench/campaigns.ts'], {
  stdio: 'inherit',
});
if (campaigns.status !== 0) process.exitCode = 1;

const programmePage = spawnSync(process.execPath, ['--import', 'tsx', 'bench/programme-page.ts'], {
  stdio: 'inherit',
});
if (programmePage.status !== 0) process.exitCode = 1;
