import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { freePort } from './free-port.js';
import { LocalMailbox, type Mailbox, type MailboxMessage } from './mailbox.js';
import { addresses, headerValue } from './mailbox-headers.js';

export interface SesTap {
  /** Give this endpoint to the SES client instead of the local SES one. */
  endpoint: string;
  mailbox: Mailbox;
  stop(): Promise<void>;
}

/**
 * A recording proxy in front of the local SES. The local SES re-creates each message and loses
 * custom headers (List-Unsubscribe…), so the mailbox keeps the raw MIME exactly as the hub sent it.
 * Every request is forwarded unchanged; accepted SendRawEmail calls (SES v1 and v2) are recorded.
 */
export async function startSesTap(options: {
  target: string;
  dataDir?: string;
  port?: number;
}): Promise<SesTap> {
  const mailbox = await LocalMailbox.open(options.dataDir);
  const target = new URL(options.target);
  const port = options.port ?? (await freePort());

  // Recorded before the answer goes back, so a caller that reads the mailbox next finds its message.
  const server = createServer((incoming, outgoing) => {
    void relay(incoming, outgoing, target, async (exchange) => {
      const message = sentMessage(exchange);
      if (message) await mailbox.record(message);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    mailbox,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface Exchange {
  method: string;
  path: string;
  body: Buffer;
  status: number;
  response: Buffer;
}

async function relay(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  target: URL,
  observe: (exchange: Exchange) => Promise<void>,
): Promise<void> {
  try {
    const body = await readAll(incoming);
    const upstream = await new Promise<IncomingMessage>((resolve, reject) => {
      const call = forward(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers,
        },
        resolve,
      );
      call.once('error', reject);
      call.end(body);
    });
    const response = await readAll(upstream);
    const status = upstream.statusCode ?? 502;
    await observe({ method: incoming.method ?? 'GET', path: incoming.url ?? '/', body, status, response });
    outgoing.writeHead(status, upstream.headers);
    outgoing.end(response);
  } catch {
    if (!outgoing.headersSent) outgoing.writeHead(502);
    outgoing.end();
  }
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

/** The message a successful send carried, or undefined for every other call. */
function sentMessage({ method, path, body, status, response }: Exchange): MailboxMessage | undefined {
  if (method !== 'POST' || status !== 200) return undefined;
  const sent = path.startsWith('/v2/email/outbound-emails') ? fromV2(body, response) : fromV1(body, response);
  if (!sent) return undefined;
  const raw = Buffer.from(sent.data, 'base64').toString('utf8');
  const to = sent.destinations.length ? sent.destinations : addresses(headerValue(raw, 'To'));
  return { id: sent.id, to, subject: headerValue(raw, 'Subject') ?? '', date: new Date().toISOString(), raw };
}

interface Sent {
  id: string;
  data: string;
  destinations: string[];
}

// SES v1 (query protocol): a form with Action=SendRawEmail, RawMessage.Data in base64; XML response.
function fromV1(body: Buffer, response: Buffer): Sent | undefined {
  const form = new URLSearchParams(body.toString('utf8'));
  const data = form.get('RawMessage.Data');
  const id = /<MessageId>([^<]+)<\/MessageId>/.exec(response.toString('utf8'))?.[1];
  if (form.get('Action') !== 'SendRawEmail' || !data || !id) return undefined;
  const destinations = [...form.entries()]
    .filter(([key]) => key.startsWith('Destinations.member.'))
    .map(([, value]) => value);
  return { id, data, destinations };
}

// SES v2 (REST JSON): Content.Raw.Data in base64; JSON response with MessageId.
function fromV2(body: Buffer, response: Buffer): Sent | undefined {
  try {
    const request = JSON.parse(body.toString('utf8')) as {
      Content?: { Raw?: { Data?: string } };
      Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
    };
    const { MessageId: id } = JSON.parse(response.toString('utf8')) as { MessageId?: string };
    const data = request.Content?.Raw?.Data;
    if (!data || !id) return undefined;
    const destination = request.Destination ?? {};
    const destinations = [
      ...(destination.ToAddresses ?? []),
      ...(destination.CcAddresses ?? []),
      ...(destination.BccAddresses ?? []),
    ];
    return { id, data, destinations };
  } catch {
    return undefined;
  }
}
