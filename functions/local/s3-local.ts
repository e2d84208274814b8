import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { freePort } from './free-port.js';

export interface RunningS3 {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Browsers PUT uploads and GET downloads straight to presigned URLs from the hub's pages, on another
 * origin: the local bucket allows that, as the CDK bucket's CORS rules do.
 */
const CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/**
 * Starts s3rver in this process on loopback, with the kits bucket. Objects live under `directory`
 * (kept across restarts), or in a temporary folder removed on stop.
 */
export async function startS3Local(options: {
  bucket: string;
  directory?: string;
  port?: number;
}): Promise<RunningS3> {
  const port = options.port ?? (await freePort());
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'hub-s3-')));
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: options.bucket, configs: [CORS] }],
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      if (!options.directory) await rm(directory, { recursive: true, force: true });
    },
  };
}
