import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/crash-after-start.ts', import.meta.url));

function javaListeningOn(port: string): boolean {
  const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return processes
    .split('\n')
    .some((line) => line.includes('DynamoDBLocal.jar') && line.includes(`-port ${port}`));
}

describe('DynamoDB Local as a child process', () => {
  it('does not outlive a hub process that crashes', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', fixture], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    const port = run.stdout.trim().split('\n')[0] ?? '';

    expect(port).toMatch(/^\d+$/);
    expect(run.status).not.toBe(0);
    expect(javaListeningOn(port)).toBe(false);
  });
});
