import { createHash, createHmac } from 'node:crypto';

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface ObjectLocation {
  /** `https://bucket.s3.region.amazonaws.com`, or a local endpoint that takes the bucket in its path. */
  origin: string;
  /** Path style (s3rver): `/bucket/key`; virtual-hosted (AWS): `/key`. */
  pathStyleBucket?: string;
  region: string;
}

export interface PresignGetInput {
  key: string;
  expiresInSeconds: number;
  now: Date;
  credentials: SigningCredentials;
  /** Response headers S3 sets when it serves the object (`response-content-type`…). */
  responseHeaders?: { contentType?: string; contentDisposition?: string };
}

/** S3 refuses query-signed URLs valid longer than a week. */
const MAX_SIGV4_SECONDS = 7 * 24 * 3600;

/**
 * A SigV4 query-signed GET of one object (AWS's "presigned URL"), written out so that the public function presigns
 * replays without carrying the S3 client and its presigner. Only GET, only what S3 needs: no payload hash (UNSIGNED-
 * PAYLOAD), the host as the one signed header.
 */
export function presignGet(location: ObjectLocation, input: PresignGetInput): string {
  if (input.expiresInSeconds <= 0 || input.expiresInSeconds > MAX_SIGV4_SECONDS)
    throw new Error(`presigned URL lifetime out of range: ${input.expiresInSeconds}s`);
  const origin = new URL(location.origin);
  const path =
    (location.pathStyleBucket ? `/${encodeRfc3986(location.pathStyleBucket)}` : '') +
    `/${input.key.split('/').map(encodeRfc3986).join('/')}`;
  const amzDate = input.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${location.region}/s3/aws4_request`;
  const query: [string, string][] = [
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Content-Sha256', 'UNSIGNED-PAYLOAD'],
    ['X-Amz-Credential', `${input.credentials.accessKeyId}/${scope}`],
    ['X-Amz-Date', amzDate],
    ['X-Amz-Expires', String(input.expiresInSeconds)],
    ['X-Amz-SignedHeaders', 'host'],
  ];
  if (input.credentials.sessionToken) query.push(['X-Amz-Security-Token', input.credentials.sessionToken]);
  const headers = input.responseHeaders;
  if (headers?.contentDisposition) query.push(['response-content-disposition', headers.contentDisposition]);
  if (headers?.contentType) query.push(['response-content-type', headers.contentType]);
  const canonicalQuery = query
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalRequest = [
    'GET',
    path,
    canonicalQuery,
    `host:${origin.host}`,
    '',
    'host',
    'UNSIGNED-PAYLOAD',
  ].join('\n');
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    scope,
    createHash('sha256').update(canonicalRequest).digest('hex'),
  ].join('\n');
  let key: Buffer = hmac(`AWS4${input.credentials.secretAccessKey}`, day);
  for (const part of [location.region, 's3', 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return `${origin.origin}${path}?${canonicalQuery}&X-Amz-Signature=${signature}`;
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** SigV4's URI encoding: everything but unreserved characters, spaces as %20. */
function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
