import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { startLocalHub } from '../functions/local/local-hub.js';
import { freePort } from '../functions/local/free-port.js';
import type { Hub } from '../functions/composition/hub.js';
import { newId } from '../functions/shared/ids.js';

/**
 * The public event page with a 30-session programme against the same page without one: server time per
 * request (sequential GETs on loopback, DynamoDB Local behind: the programme adds a query and a batch read of
 * its speakers) and the HTML's size, raw and gzipped.
 */
const SESSIONS = 30;
const SPEAKERS = 12;
const WARM_UP = 20;
const ROUNDS = 200;

async function publishedDay(hub: Hub, title: string) {
  const start = new Date(Date.now() + 30 * 86_400_000);
  start.setUTCHours(6, 0, 0, 0);
  const event = await hub.events.create({
    kind: 'technical-day',
    title,
    summary: 'Une journée technique de la filière, pour la mesure.',
    description: 'Démontage, tri, séparation et valorisation des aimants permanents.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 12 * 3_600_000).toISOString(),
    waitlist: false,
    venue: { name: 'CCI Lyon Métropole', address: '20 rue de la Bourse', city: 'Lyon' },
    speakers: ['Claire Martin', 'Julien Roux'],
  });
  return { event, start };
}

async function withProgramme(hub: Hub) {
  const { event, start } = await publishedDay(hub, `Banc programme ${newId()}`);
  const speakerIds: string[] = [];
  for (let n = 0; n < SPEAKERS; n++)
    speakerIds.push(
      (
        await hub.speakers.create({
          name: `Intervenant ${n}`,
          role: 'Ingénieur procédés',
          organisation: 'MagREESource',
          publicationConsent: n % 4 !== 0,
        })
      ).id,
    );
  // Three rooms, ten 20-minute sessions each.
  for (let n = 0; n < SESSIONS; n++) {
    const room = n % 3;
    const slot = Math.floor(n / 3);
    const startsAt = new Date(start.getTime() + (slot * 40 + room * 5) * 60_000);
    await hub.programmeAdmin.create(event.id, {
      title: `Session ${n + 1} : recyclage des aimants NdFeB, étape ${slot + 1}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 20 * 60_000).toISOString(),
      room: `Salle ${room + 1}`,
      description: `Présentation **${n + 1}** : procédés, [résultats](https://exemple.fr/${n}) et questions.`,
      speakerIds: [speakerIds[n % SPEAKERS]!, speakerIds[(n + 5) % SPEAKERS]!],
    });
  }
  return hub.events.publish(event.id);
}

async function measure(url: string) {
  let html = '';
  for (let n = 0; n < WARM_UP; n++) html = await (await fetch(url)).text();
  const times: number[] = [];
  for (let n = 0; n < ROUNDS; n++) {
    const started = performance.now();
    html = await (await fetch(url)).text();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(ROUNDS / 2)]!,
    p90: times[Math.floor(ROUNDS * 0.9)]!,
    bytes: Buffer.byteLength(html),
    gzip: gzipSync(html).length,
  };
}

const port = await freePort();
const local = await startLocalHub({ port, staffEmails: 'banc@exemple.fr', seed: false });
try {
  const { hub, url } = local;
  const plain = await hub.events.publish(
    (await publishedDay(hub, `Banc sans programme ${newId()}`)).event.id,
  );
  const full = await withProgramme(hub);
  const without = await measure(`${url}/evenements/${plain.slug}`);
  const programme = await measure(`${url}/evenements/${full.slug}`);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `\nPublic event page, ${SESSIONS}-session programme vs none (${ROUNDS} sequential GETs each) — ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`,
  );
  console.table({
    'without programme': {
      p50: ms(without.p50),
      p90: ms(without.p90),
      'HTML bytes': without.bytes,
      gzip: without.gzip,
    },
    [`${SESSIONS} sessions`]: {
      p50: ms(programme.p50),
      p90: ms(programme.p90),
      'HTML bytes': programme.bytes,
      gzip: programme.gzip,
    },
  });
  console.log(
    `ratio (programme ÷ none): time p50 ${(programme.p50 / without.p50).toFixed(2)}, size ${(programme.bytes / without.bytes).toFixed(2)}, gzip ${(programme.gzip / without.gzip).toFixed(2)}`,
  );
} finally {
  await local.stop();
}
