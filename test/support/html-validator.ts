import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

export interface HtmlDocument {
  name: string;
  html: string;
}

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * The errors the W3C Nu Html Checker finds in each document, by name (an empty list when valid). All the
 * documents go to one run of the checker: starting its JVM costs seconds, checking a page milliseconds.
 */
export async function htmlErrors(documents: HtmlDocument[]): Promise<Map<string, string[]>> {
  const folder = await mkdtemp(join(tmpdir(), 'vnu-'));
  try {
    const byUrl = new Map<string, string>();
    const files = await Promise.all(
      documents.map(async ({ html }, index) => {
        const file = join(folder, `${index}.html`);
        await writeFile(file, html);
        byUrl.set(pathToFileURL(file).href, documents[index]!.name);
        return file;
      }),
    );
    const report = await runVnu(files);
    const errors = new Map(documents.map(({ name }) => [name, [] as string[]]));
    for (const message of report) {
      // The checker writes file:/tmp/… where Node writes file:///tmp/….
      const url = message.url?.replace(/^file:(?!\/\/)/, 'file://') ?? '';
      const name = byUrl.get(url) ?? `(${message.url ?? 'no document'})`;
      const line = message.lastLine ? `line ${message.lastLine}: ` : '';
      const extract = message.extract ? ` — ${message.extract.replace(/\s+/g, ' ')}` : '';
      errors.set(name, [...(errors.get(name) ?? []), `${line}${message.message}${extract}`]);
    }
    return errors;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // The checker exits with 1 when it finds errors; its report is on stderr either way.
        try {
          const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
          resolve(messages.filter((message) => message.type !== 'info'));
        } catch {
          reject(error ?? new Error(`the HTML checker gave no report: ${stderr.slice(0, 500)}`));
        }
      },
    );
  });
}
