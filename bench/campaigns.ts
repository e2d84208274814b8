import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { LocalQueue } from '../functions/queue/local-queue.js';
import { CampaignFanout } from '../functions/campaigns/campaign-fanout.js';
import { campaignMessageSchema } from '../functions/campaigns/campaign-messages.js';
import { mjmlCampaignCompiler } from '../functions/campaigns/campaign-compiler.js';
import { personalise } from '../functions/campaigns/campaign-rules.js';
import type { CampaignAdminStore } from '../functions/campaigns/campaign-store.js';
import type { Campaign, Recipient } from '../functions/campaigns/campaign.js';
import { EMPTY_STATS } from '../functions/campaigns/campaign.js';
import { NewsletterLinks } from '../functions/newsletter/newsletter-links.js';
import type { Subscriber } from '../functions/newsletter/subscriber.js';
import type { SubscriberAdminStore } from '../functions/newsletter/subscriber-store.js';
import type { SuppressionList } from '../functions/suppression/suppression-list.js';
import { LinkSigner } from '../functions/shared/signed-links.js';
import { systemClock } from '../functions/shared/clock.js';
import { newId } from '../functions/shared/ids.js';
import { startLocalHub } from '../functions/local/local-hub.js';
import { freePort } from '../functions/local/free-port.js';

/**
 * Campaign benchmark, two parts.
 *
 * 1. Personalise and enqueue 100,000 recipients, in a fresh child process (so the memory peak is its
 *    own): the real fan-out (CampaignFanout: audience paging, pages of 50 recipients as JSON messages)
 *    into the in-process LocalQueue, then the worker's per-recipient work on every message (schema
 *    parse, signed personal links, RFC 8058 headers, `personalise` substitution into the campaign
 *    compiled once). Not included: DynamoDB (the audience is served from memory, no opt-out rows),
 *    MIME composition and the SES call (part 2 has them). Baseline, same process: compiling the MJML
 *    per recipient with the real compiler on 1,000 recipients, scaled ×100.
 * 2. Send 5,000 mails at a configured 200 per second through the local hub (DynamoDB Local, the local
 *    SES behind the mail tap, the LocalQueue consumed by the campaign loop, the DynamoDB token bucket):
 *    achieved rate ÷ configured rate, duplicates and mails received, counted in the local SES store.
 *
 * `--send-only` skips part 1.
 */
const RECIPIENTS = 100_000;
const BASELINE_RECIPIENTS = 1_000;
const SEND_RECIPIENTS = 5_000;
const SEND_RATE = 200;
const TOPIC = 'banc-campagne';

const BODY = `<mj-text font-size="22px" font-weight="bold">Les nouvelles de la filière</mj-text>
<mj-text>Bonjour {{firstName}},</mj-text>
<mj-text>Le prochain webinaire porte sur la récupération des terres rares dans les aimants NdFeB :
démontage des moteurs, tri magnétique, hydrométallurgie. Inscrivez-vous, les places sont comptées.</mj-text>
<mj-image src="https://filiere-aimants-aura.fr/images/ligne-pilote.jpg" alt="La ligne pilote" />
<mj-button href="https://filiere-aimants-aura.fr/evenements">Voir le programme</mj-button>
<mj-text>Retrouvez aussi le compte rendu de la journée technique de Grenoble et les supports présentés.</mj-text>
<mj-button href="https://filiere-aimants-aura.fr/ressources">Les supports</mj-button>`;

const CONTENT = {
  subject: 'Lettre de décembre : terres rares et recyclage',
  preheader: 'Au programme : un webinaire et une journée technique.',
  audience: { topics: [TOPIC] },
  mjml: BODY,
};

const FIRST_NAMES = ['Camille', 'Zoé & Léa', 'Inès', 'Bastien', 'Aurore', 'Émile', 'Noé <Jr>'];

function links(): NewsletterLinks {
  return new NewsletterLinks({
    baseUrl: 'https://hub.filiere-aimants-aura.fr',
    signer: new LinkSigner('bench-signing-key-bench-signing-key-0123456789'),
    unsubscribeMailbox: 'desabonnement@filiere-aimants-aura.fr',
    clock: systemClock,
  });
}

/** The worker's per-recipient work, short of MIME and SES (see campaign-worker.ts `sendOne`). */
function personalFor(
  newsletter: NewsletterLinks,
  compiled: { html: string; text: string },
  campaignId: string,
  recipient: Recipient,
) {
  const { headers, ...personal } = newsletter.personalLinks(recipient.email);
  const content = personalise(compiled, {
    firstName: recipient.firstName ?? '',
    ...personal,
    webVersionUrl: newsletter.webVersionUrl(campaignId),
  });
  return content.html.length + content.text.length + headers['List-Unsubscribe']!.length;
}

function subscriberAt(index: number): Subscriber {
  return {
    email: `lecteur.${index}@exemple.fr`,
    firstName: FIRST_NAMES[index % FIRST_NAMES.length],
    status: 'confirmed',
    topics: [TOPIC],
    tracking: false,
  } as Subscriber;
}

/** The audience from memory, paged and batch-read like the DynamoDB store; nobody opted out. */
function memoryAudience(count: number) {
  const page = 1_000;
  const subscribers = {
    listByStatus: async (_status: string, cursor?: string) => {
      const start = Number(cursor ?? 0);
      const items = Array.from({ length: Math.min(page, count - start) }, (_, i) => subscriberAt(start + i));
      return start + page < count ? { items, cursor: String(start + page) } : { items };
    },
    // The screening re-reads the recipients the topics brought in: all of them are still confirmed subscribers.
    getMany: async (emails: string[]) =>
      new Map(emails.map((email) => [email, subscriberAt(Number(/^lecteur\.(\d+)@/.exec(email)?.[1]))])),
  } as unknown as SubscriberAdminStore;
  const suppression = { suppressedAmong: async () => new Set<string>() } as unknown as SuppressionList;
  return { subscribers, suppression };
}

interface PersonaliseFigures {
  recipients: number;
  messages: number;
  compileOnceMs: number;
  fanoutMs: number;
  personaliseMs: number;
  rssBefore: number;
  peakRss: number;
  heapBefore: number;
  peakHeap: number;
  baselineRecipients: number;
  baselineMs: number;
}

async function personaliseChild(): Promise<void> {
  const newsletter = links();
  const compileStarted = performance.now();
  const compiled = await mjmlCampaignCompiler.compile(CONTENT);
  const compileOnceMs = performance.now() - compileStarted;
  const campaign = {
    ...CONTENT,
    ...compiled,
    id: newId(),
    status: 'sending',
    round: 1,
    pendingMessages: 0,
    stats: { ...EMPTY_STATS },
  } as unknown as Campaign;
  const campaigns = {
    get: async () => campaign,
    recordFanout: async () => {},
  } as unknown as CampaignAdminStore;
  const queue = new LocalQueue({ batchSize: 10 });
  const fanout = new CampaignFanout({
    ...memoryAudience(RECIPIENTS),
    registrations: { listByEvent: async () => [] } as never,
    eventEndsAt: async () => undefined,
    replayViewers: async () => new Set<string>(),
    campaigns,
    queue,
    clock: systemClock,
  });

  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const sampler = setInterval(sample, 10);

  const fanoutStarted = performance.now();
  const enqueued = await fanout.run(campaign.id, 1);
  const fanoutMs = performance.now() - fanoutStarted;
  if (enqueued !== RECIPIENTS) throw new Error(`fan-out: ${enqueued} recipients of ${RECIPIENTS}`);
  const messages = queue.size;

  let bytes = 0;
  let personalised = 0;
  const personaliseStarted = performance.now();
  await queue.drain(async (batch) => {
    for (const record of batch.Records) {
      const message = campaignMessageSchema.parse(JSON.parse(record.body));
      if (message.type !== 'deliver') continue;
      for (const recipient of message.recipients) {
        bytes += personalFor(newsletter, campaign, campaign.id, recipient);
        personalised++;
      }
      sample();
    }
    return { batchItemFailures: [] };
  });
  const personaliseMs = performance.now() - personaliseStarted;
  clearInterval(sampler);
  sample();
  if (enqueued !== RECIPIENTS || personalised !== RECIPIENTS || bytes === 0)
    throw new Error(`expected ${RECIPIENTS} recipients, enqueued ${enqueued}, personalised ${personalised}`);

  // Baseline: the MJML compiled for each recipient (their first name in the source), then the links.
  const baselineStarted = performance.now();
  for (let index = 0; index < BASELINE_RECIPIENTS; index++) {
    const recipient = subscriberAt(index);
    const own = await mjmlCampaignCompiler.compile({
      ...CONTENT,
      mjml: BODY.replace('{{firstName}}', (recipient.firstName ?? '').replace(/[<>&]/g, '')),
    });
    bytes += personalFor(newsletter, own, campaign.id, recipient);
  }
  const baselineMs = performance.now() - baselineStarted;

  const figures: PersonaliseFigures = {
    recipients: RECIPIENTS,
    messages,
    compileOnceMs,
    fanoutMs,
    personaliseMs,
    rssBefore: before.rss,
    peakRss,
    heapBefore: before.heapUsed,
    peakHeap,
    baselineRecipients: BASELINE_RECIPIENTS,
    baselineMs,
  };
  process.stdout.write(JSON.stringify(figures));
}

interface SendFigures {
  recipients: number;
  configuredRate: number;
  audience: number;
  seedSeconds: number;
  fanoutSeconds: number;
  totalSeconds: number;
  received: number;
  duplicates: number;
  status: string;
  deadLetters: number;
  /** Median latency of a consistent GetItem on DynamoDB Local during the send. */
  readP50Ms: number;
}

async function sendBench(): Promise<SendFigures> {
  process.env.HUB_SES_MAX_RATE = String(SEND_RATE);
  const local = await startLocalHub({ port: await freePort(), staffEmails: 'banc@exemple.fr', seed: false });
  try {
    const { hub } = local;
    await hub.subscriberStore.putTopic({ slug: TOPIC, name: 'Banc campagnes' });
    const run = newId().toLowerCase();
    const emails = Array.from({ length: SEND_RECIPIENTS }, (_, i) => `banc-envoi.${i}.${run}@exemple.fr`);
    const seedStarted = performance.now();
    const now = new Date();
    for (let start = 0; start < emails.length; start += 50)
      await Promise.all(
        emails.slice(start, start + 50).map(async (email, i) => {
          await hub.subscriberStore.recordRequest(
            {
              email,
              nonce: 'banc',
              topics: [TOPIC],
              firstName: FIRST_NAMES[(start + i) % FIRST_NAMES.length],
              tracking: false,
              consent: { at: now.toISOString(), source: 'newsletter-api', textVersion: 'banc' },
              expiresAt: new Date(now.getTime() + 86_400_000),
            },
            now,
          );
          await hub.subscriberStore.confirm(email, 'banc', now);
        }),
      );
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const campaign = await hub.campaigns.create(CONTENT, 'banc@exemple.fr');
    const started = performance.now();
    await hub.campaigns.send(campaign.id);
    let fanoutSeconds = 0;
    let current = await hub.campaignStore.get(campaign.id);
    // The polling reads double as a probe of DynamoDB Local's latency while the workers run.
    const readMs: number[] = [];
    while (current && current.status === 'sending') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const readStarted = performance.now();
      current = await hub.campaignStore.get(campaign.id);
      readMs.push(performance.now() - readStarted);
      if (!fanoutSeconds && current?.stats.audience) fanoutSeconds = (performance.now() - started) / 1000;
    }
    readMs.sort((a, b) => a - b);
    const totalSeconds = (performance.now() - started) / 1000;

    const response = await fetch(`${hub.config.SES_ENDPOINT}/store`);
    const { emails: stored } = (await response.json()) as { emails: { destination: { to: string[] } }[] };
    const wanted = new Set(emails);
    const counts = new Map<string, number>();
    for (const mail of stored)
      for (const to of mail.destination.to)
        if (wanted.has(to.toLowerCase())) counts.set(to, (counts.get(to) ?? 0) + 1);
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    return {
      recipients: SEND_RECIPIENTS,
      configuredRate: SEND_RATE,
      audience: current?.stats.audience ?? 0,
      seedSeconds,
      fanoutSeconds,
      totalSeconds,
      received: counts.size,
      duplicates: total - counts.size,
      status: current?.status ?? 'missing',
      deadLetters: hub.campaignQueue instanceof LocalQueue ? hub.campaignQueue.deadLetters.length : 0,
      readP50Ms: readMs[Math.floor(readMs.length / 2)] ?? 0,
    };
  } finally {
    await local.stop();
  }
}

async function main(): Promise<void> {
  console.log(
    `\nCampaigns — ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  if (!process.argv.includes('--send-only')) await personaliseBench();
  await sendReport();
  console.log(
    `load average at the end: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
}

async function personaliseBench(): Promise<void> {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const child = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--personalise'],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    },
  );
  // The fan-out logs a line to stdout too: the figures are the last line.
  const p = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as PersonaliseFigures;
  const scaledBaselineMs = (p.baselineMs * p.recipients) / p.baselineRecipients;
  const oursMs = p.fanoutMs + p.personaliseMs;
  console.log(`Personalise and enqueue ${p.recipients.toLocaleString('en')} recipients (fresh process)`);
  console.table({
    'compile the MJML once': { time: `${p.compileOnceMs.toFixed(0)} ms` },
    [`fan-out into ${p.messages} queue messages`]: { time: `${p.fanoutMs.toFixed(0)} ms` },
    'personalise every recipient': {
      time: `${p.personaliseMs.toFixed(0)} ms`,
      'µs/recipient': ((p.personaliseMs * 1000) / p.recipients).toFixed(1),
    },
    [`baseline: MJML per recipient (${p.baselineRecipients} measured, ×${p.recipients / p.baselineRecipients})`]:
      {
        time: `${(scaledBaselineMs / 1000).toFixed(0)} s`,
        'µs/recipient': ((p.baselineMs * 1000) / p.baselineRecipients).toFixed(0),
      },
  });
  console.log(
    `fan-out + personalise: ${(oursMs / 1000).toFixed(2)} s; RSS ${mb(p.rssBefore)} → peak ${mb(p.peakRss)}, heap ${mb(p.heapBefore)} → peak ${mb(p.peakHeap)}`,
  );
  console.log(`MJML per recipient ÷ compiled once: ${(scaledBaselineMs / oursMs).toFixed(0)}× slower`);
}

async function sendReport(): Promise<void> {
  const s = await sendBench();
  const achieved = s.received / s.totalSeconds;
  const sending = s.received / (s.totalSeconds - s.fanoutSeconds);
  console.log(`\nSend ${s.recipients} mails to the local SES at a configured ${s.configuredRate}/s`);
  console.table({
    'seeding (5,000 confirmed subscribers)': { value: `${s.seedSeconds.toFixed(1)} s` },
    'send → campaign sent': {
      value: `${s.totalSeconds.toFixed(1)} s (fan-out ${s.fanoutSeconds.toFixed(1)} s)`,
    },
    'achieved rate (send → sent)': {
      value: `${achieved.toFixed(0)}/s → ÷ configured ${(achieved / s.configuredRate).toFixed(2)} (goal ≥ 0.95)`,
    },
    'achieved rate (after fan-out)': {
      value: `${sending.toFixed(0)}/s → ÷ configured ${(sending / s.configuredRate).toFixed(2)}`,
    },
    'mails received': {
      value: `${s.received} of ${s.audience} (status ${s.status}, dead letters ${s.deadLetters})`,
    },
    duplicates: { value: `${s.duplicates} (goal 0)` },
    'DynamoDB Local GetItem p50 during the send': { value: `${s.readP50Ms.toFixed(0)} ms` },
  });
}

if (process.argv.includes('--personalise')) await personaliseChild();
else await main();
