import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { loadConfig } from '../functions/config/config.js';
import { createS3Client } from '../functions/blobs/s3-client.js';
import { S3BlobStore } from '../functions/blobs/s3-blob-store.js';
import { writeVersionZip } from '../functions/kits/kit-zip.js';
import type { KitAsset } from '../functions/kits/kit.js';
import { startS3Local } from '../functions/local/s3-local.js';

/**
 * ZIP of a generated kit through the local S3: throughput and peak memory of the process that builds
 * it, for two kit sizes. Each size runs in a fresh child process so one run's peak cannot hide in
 * the other's; s3rver runs in this parent process and its memory is not counted.
 */
const BUCKET = 'bench-kits';
const FILE_BYTES = 10 * 1024 * 1024;
const SIZES_MB = [50, 200];

function blobsFor(endpoint: string) {
  const config = loadConfig({
    HUB_STAFF_EMAILS: 'bench@exemple.fr',
    HUB_SIGNING_KEY: 'bench-signing-key-bench-signing-key-0123',
    HUB_KITS_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
  });
  return new S3BlobStore(createS3Client(config), BUCKET, { publicOrigin: endpoint });
}

/** Half the files incompressible (photos: stored), half text (deflated), generated chunk by chunk. */
function generated(index: number): { body: Readable; contentType: string; name: string } {
  const photo = index % 2 === 0;
  let left = FILE_BYTES;
  const line = Buffer.from(`Filière aimants et terres rares — ligne de texte du document ${index}.\n`);
  const body = new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const size = Math.min(256 * 1024, left);
      left -= size;
      this.push(
        photo
          ? randomBytes(size)
          : Buffer.concat(Array(Math.ceil(size / line.length)).fill(line)).subarray(0, size),
      );
    },
  });
  return photo
    ? { body, contentType: 'image/jpeg', name: `photo-${index}.jpg` }
    : { body, contentType: 'text/plain', name: `document-${index}.txt` };
}

function assetsFor(megabytes: number): KitAsset[] {
  return Array.from({ length: (megabytes * 1024 * 1024) / FILE_BYTES }, (_, index) => {
    const { contentType, name } = generated(index);
    return {
      kitId: 'bench',
      version: 1,
      id: String(index),
      name,
      contentType,
      size: FILE_BYTES,
      status: 'ready' as const,
      blobKey: `bench/files/${index}`,
      createdAt: new Date().toISOString(),
    };
  });
}

async function child(endpoint: string, megabytes: number): Promise<void> {
  const blobs = blobsFor(endpoint);
  const assets = assetsFor(megabytes);
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  const started = performance.now();
  const zipSize = await writeVersionZip(blobs, assets, `bench/zip-${megabytes}.zip`);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  process.stdout.write(
    JSON.stringify({
      megabytes,
      zipSize,
      seconds,
      rssBefore: before.rss,
      peakRss,
      heapBefore: before.heapUsed,
      peakHeap,
    }),
  );
}

async function parent(): Promise<void> {
  const s3 = await startS3Local({ bucket: BUCKET });
  try {
    const blobs = blobsFor(s3.endpoint);
    const largest = assetsFor(Math.max(...SIZES_MB));
    for (const [index, asset] of largest.entries())
      await blobs.put(asset.blobKey, generated(index).body, asset.contentType);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    const rows: Record<string, Record<string, string>> = {};
    for (const megabytes of SIZES_MB) {
      // Asynchronous: s3rver lives in this process and must keep serving while the child runs.
      const run = await promisify(execFile)(
        process.execPath,
        [
          '--expose-gc',
          '--import',
          'tsx',
          fileURLToPath(import.meta.url),
          '--child',
          s3.endpoint,
          String(megabytes),
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        },
      );
      const result = JSON.parse(run.stdout) as {
        zipSize: number;
        seconds: number;
        rssBefore: number;
        peakRss: number;
        heapBefore: number;
        peakHeap: number;
      };
      rows[`${megabytes} MB kit (${megabytes / 10} files)`] = {
        ZIP: mb(result.zipSize),
        time: `${result.seconds.toFixed(1)} s`,
        'MB/s (input)': (megabytes / result.seconds).toFixed(0),
        'RSS before → peak': `${mb(result.rssBefore)} → ${mb(result.peakRss)}`,
        'heap before → peak': `${mb(result.heapBefore)} → ${mb(result.peakHeap)}`,
      };
    }
    console.log(
      `\nKit ZIP through the local S3 (streamed, yazl → multipart upload) — ${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    );
    console.table(rows);
  } finally {
    await s3.stop();
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(process.argv[childAt + 1]!, Number(process.argv[childAt + 2]));
else await parent();
