import { beforeAll, describe, expect, it } from 'vitest';
import { buildPublicHub } from '../../functions/composition/public-hub.js';
import { createPublicApp } from '../../functions/composition/public-app.js';
import type { PublicApp } from '../../functions/http/env.js';
import { createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import { systemClock } from '../../functions/shared/clock.js';
import { LinkSigner } from '../../functions/shared/signed-links.js';
import { mailsTo } from '../support/ses-store.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';

const REGISTER = '/api/events/journee/registrations';
const SUBSCRIBE = '/api/newsletter/subscriptions';
const JSON_TYPE = { 'content-type': 'application/json' };
const UNREADABLE = 'Le corps de la requête est illisible (JSON ou formulaire mal formé).';
const UNSUPPORTED = 'Ce type de contenu n’est pas accepté.';

interface Case {
  name: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  /** The problem's `detail` (framework refusals) or its field messages (validation). */
  detail?: string;
  errors?: Record<string, string[]>;
}

/**
 * What the public routes answered when @hono/zod-openapi validated them (recorded on the previous version):
 * the lean route layer must answer the same, in French, never with a 5xx.
 */
const HOSTILE: Case[] = [
  {
    name: 'malformed JSON',
    path: REGISTER,
    headers: JSON_TYPE,
    body: '{"firstName": ',
    status: 400,
    detail: UNREADABLE,
  },
  {
    name: 'a body of a type the route does not take',
    path: REGISTER,
    headers: { 'content-type': 'text/plain' },
    body: 'bonjour',
    status: 415,
    detail: UNSUPPORTED,
  },
  { name: 'a body with no content type', path: REGISTER, body: '{"a":1}', status: 415, detail: UNSUPPORTED },
  {
    name: 'a JSON type with a malformed parameter',
    path: SUBSCRIBE,
    headers: { 'content-type': 'application/json; foo' },
    body: '{}',
    status: 415,
    detail: UNSUPPORTED,
  },
  {
    name: 'a multipart form to a JSON-only route',
    path: '/api/registrations/cancel',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x--',
    status: 415,
    detail: UNSUPPORTED,
  },
  {
    name: 'a form to a JSON-only route',
    path: '/api/newsletter/confirm',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'token=x',
    status: 415,
    detail: UNSUPPORTED,
  },
  {
    name: 'no body at all',
    path: REGISTER,
    status: 400,
    errors: {
      firstName: ['Ce champ doit être un texte.'],
      lastName: ['Ce champ doit être un texte.'],
      email: ['Ce champ doit être un texte.'],
      consent: ['Vous devez accepter le traitement de vos données pour vous inscrire.'],
    },
  },
  {
    name: 'an array instead of an object',
    path: REGISTER,
    headers: JSON_TYPE,
    body: '[1,2]',
    status: 400,
    errors: { _: ['Entrée invalide : objet attendu, tableau reçu'] },
  },
  {
    name: 'null',
    path: REGISTER,
    headers: JSON_TYPE,
    body: 'null',
    status: 400,
    errors: { _: ['Entrée invalide : objet attendu, null reçu'] },
  },
  {
    name: 'a string',
    path: '/api/registrations/cancel',
    headers: JSON_TYPE,
    body: '"jeton"',
    status: 400,
    errors: { _: ['Entrée invalide : objet attendu, chaîne de caractères reçu'] },
  },
  {
    name: 'a __proto__ key',
    path: SUBSCRIBE,
    headers: JSON_TYPE,
    body: '{"__proto__":{"polluted":true},"email":"a@exemple.fr","topics":["webinaires"],"consent":true}',
    status: 400,
    errors: { _: ['Clé non reconnue : "__proto__"'] },
  },
  {
    name: 'a constructor.prototype key',
    path: '/api/newsletter/confirm',
    headers: JSON_TYPE,
    body: '{"token":"t","constructor":{"prototype":{"polluted":true}}}',
    status: 400,
    errors: { _: ['Clé non reconnue : "constructor"'] },
  },
  {
    name: 'a huge name',
    path: REGISTER,
    headers: JSON_TYPE,
    body: JSON.stringify({
      firstName: 'a'.repeat(20_000),
      lastName: 'B',
      email: 'a@exemple.fr',
      consent: true,
    }),
    status: 400,
    errors: { firstName: ['100 caractères au maximum.'] },
  },
  {
    name: 'a body over the limit',
    path: REGISTER,
    headers: JSON_TYPE,
    body: JSON.stringify({ firstName: 'a'.repeat(70_000) }),
    status: 413,
  },
  {
    name: 'a slug over 200 characters',
    path: `/api/events/${'s'.repeat(201)}/registrations`,
    headers: JSON_TYPE,
    body: '{}',
    status: 400,
    errors: { slug: ['Trop grand : chaîne de caractères doit avoir <=200 caractères'] },
  },
  {
    name: 'fields of the wrong types, line breaks, markup and an unknown key',
    path: REGISTER,
    headers: JSON_TYPE,
    body: JSON.stringify({
      firstName: 'a\nb',
      lastName: '<b>x',
      email: 'pas-une-adresse',
      consent: false,
      newsletter: 'on',
      extra: 1,
    }),
    status: 400,
    errors: {
      firstName: ['Ce champ ne doit contenir ni retour à la ligne ni caractère de contrôle.'],
      lastName: ['Ce champ ne doit pas contenir de balises (caractère « < » suivi d’une lettre).'],
      email: ['Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.'],
      consent: ['Vous devez accepter le traitement de vos données pour vous inscrire.'],
      newsletter: ['Ce champ doit valoir vrai ou faux.'],
      _: ['Clé non reconnue : "extra"'],
    },
  },
];

describe('the public routes facing hostile input (lean route layer)', () => {
  let t: TestHub;
  let app: PublicApp;

  beforeAll(async () => {
    t = await createTestHub();
    app = createPublicApp(
      buildPublicHub(t.config, t.clients, {
        clock: systemClock,
        signer: new LinkSigner(t.config.HUB_SIGNING_KEY),
        ...createMailOutbox(t.hub.mailQueue),
      }),
    );
  });

  const send = (target: PublicApp, { path, headers, body }: Case) =>
    target.request(path, { method: 'POST', ...(headers ? { headers } : {}), ...(body ? { body } : {}) });

  it.each(HOSTILE.map((c) => [c.name, c] as const))('answers %s as before', async (_name, hostile) => {
    const response = await send(app, hostile);

    expect(response.status).toBe(hostile.status);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const problem = (await response.json()) as { status: number; detail?: string; errors?: unknown };
    expect(problem.status).toBe(hostile.status);
    if (hostile.detail) expect(problem.detail).toBe(hostile.detail);
    if (hostile.errors) expect(problem.errors).toEqual(hostile.errors);
  });

  it('answers every hostile request the same in the public app and the full app', async () => {
    for (const hostile of HOSTILE) {
      const [lean, full] = await Promise.all([send(app, hostile), send(t.app, hostile)]);
      expect([full.status, await full.text()], hostile.name).toEqual([lean.status, await lean.text()]);
    }
  });

  it('pollutes no prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hands the handler the parsed input: the address trimmed and lower-cased', async () => {
    await t.hub.newsletter.seedTopics();
    const email = uniqueEmail('lecteur');
    const response = await app.request(SUBSCRIBE, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ email: `  ${email.toUpperCase()} `, topics: ['webinaires'], consent: true }),
    });
    expect(response.status).toBe(202);
    expect(await mailsTo(email)).toHaveLength(1);
  });
});
