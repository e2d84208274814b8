import type { Server } from 'node:http';
import { freePort } from './free-port.js';

export interface RunningSes {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts aws-ses-v2-local in this process, on loopback. */
export async function startSesLocal(options: { port?: number } = {}): Promise<RunningSes> {
  const port = options.port ?? (await freePort());
  type Start = (config: { host: string; port: number }) => Promise<Server>;
  // The package is CommonJS compiled from ESM: Node puts its default export one level down, tsx does not.
  const module = (await import('aws-ses-v2-local')) as unknown as { default: Start | { default: Start } };
  const start = typeof module.default === 'function' ? module.default : module.default.default;
  const server = await start({ host: '127.0.0.1', port });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
