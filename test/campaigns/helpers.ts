import { LocalQueue } from '../../functions/queue/local-queue.js';
import type { BatchHandler } from '../../functions/queue/queue.js';
import type { HubOverrides } from '../../functions/composition/hub.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { signInAsStaff } from '../support/auth.js';
import { mailsTo } from '../support/ses-store.js';

export interface CampaignTestHub extends TestHub {
  queue: LocalQueue;
  cookie: string;
  /** Runs the worker until the queue is empty. */
  drain(handler?: BatchHandler): Promise<void>;
  api(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
}

/** A hub whose campaign queue is an in-process LocalQueue (redelivery after 20 ms), staff signed in. */
export async function createCampaignHub(
  overrides: HubOverrides = {},
  env: Record<string, string> = {},
): Promise<CampaignTestHub> {
  const queue = new LocalQueue({ visibilityTimeoutMs: 20, maxReceiveCount: 5 });
  const t = await createTestHub({ campaignQueue: queue, ...overrides }, { HUB_SES_MAX_RATE: '500', ...env });
  await t.hub.newsletter.seedTopics();
  const campaignHub: CampaignTestHub = {
    ...t,
    queue,
    cookie: await signInAsStaff(t),
    drain: (handler = (batch) => t.hub.campaignWorker.handleBatch(batch)) => queue.drain(handler),
    // Reads the cookie at each call: a test that moves the clock past the session signs in again.
    api: async (path, init = {}) =>
      t.app.request(path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: {
          cookie: campaignHub.cookie,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
  };
  return campaignHub;
}

/** A confirmed subscriber, written through the store (the double opt-in itself is tested elsewhere). */
export async function seedSubscriber(
  t: TestHub,
  email: string,
  topics: string[],
  firstName?: string,
): Promise<void> {
  const now = new Date();
  await t.hub.subscriberStore.recordRequest(
    {
      email,
      nonce: 'seed',
      topics,
      firstName,
      tracking: false,
      consent: { at: now.toISOString(), source: 'newsletter-api', textVersion: 'test' },
      expiresAt: new Date(now.getTime() + 86_400_000),
    },
    now,
  );
  await t.hub.subscriberStore.confirm(email, 'seed', now);
}

export const BODY = `<mj-text font-size="22px" font-weight="bold">Les nouvelles de la filière</mj-text>
<mj-text>Bonjour {{firstName}},</mj-text>
<mj-text>Le prochain webinaire porte sur la récupération des terres rares.</mj-text>
<mj-button href="https://filiere-aimants-aura.fr/evenements">Voir le programme</mj-button>`;

export function campaignBody(overrides: Record<string, unknown> = {}) {
  return {
    subject: 'Lettre de décembre : terres rares et recyclage',
    preheader: 'Au programme : un webinaire et une journée technique.',
    audience: { topics: ['webinaires'] },
    mjml: BODY,
    ...overrides,
  };
}

export async function createCampaign(
  t: CampaignTestHub,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await t.api('/api/admin/campaigns', { body: campaignBody(overrides) });
  if (response.status !== 201)
    throw new Error(`campaign refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export interface MailLinks {
  pixel: string;
  clicks: string[];
}

/** The pixel and the redirect links of the one campaign mail an address received, as paths of the hub. */
export async function trackingLinksOf(email: string, base: string): Promise<MailLinks> {
  const [mail] = await mailsTo(email);
  const html = mail?.body.html ?? '';
  const path = (url: string) => url.replace(base, '');
  const pixel = /<img src="([^"]+\/newsletter\/o\/[^"]+)"/.exec(html)?.[1];
  const clicks = [...html.matchAll(/href="([^"]+\/newsletter\/c\/[^"]+)"/g)].map((match) => path(match[1]!));
  if (!pixel) throw new Error(`no tracking pixel in the mail to ${email}`);
  return { pixel: path(pixel), clicks: [...new Set(clicks)] };
}

/** A campaign's counters, as staff read them. */
export async function campaignStats(t: CampaignTestHub, id: string): Promise<Record<string, number>> {
  return ((await (await t.api(`/api/admin/campaigns/${id}`)).json()) as { stats: Record<string, number> })
    .stats;
}
