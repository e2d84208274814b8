import { beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { keys } from '../../functions/store/keys.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { client, technicalDayBody } from './fixtures.js';

const HOSTILE_MARKDOWN = [
  '<script>alert(1)</script>',
  '',
  '<div onclick="alert(1)">clic</div>',
  '',
  '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](javascript&#58;alert(1)) [d](data:text/html,x)',
  '',
  '![pixel](https://traceur.exemple/p.gif) [site](https://exemple.fr)',
].join('\n');

/** What must never reach a visitor's browser from a description. */
function expectSafe(html: string): void {
  expect(html).not.toMatch(/<(script|img|div|iframe|style)\b/i);
  expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
  expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
}

describe('event descriptions rendered when staff save', () => {
  let t: TestHub;
  let staff: ReturnType<typeof client>;
  let anonymous: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = client(t, await signInAsStaff(t));
    anonymous = client(t);
  });

  async function storedItem(id: string): Promise<Record<string, unknown>> {
    const { Item } = await t.clients.dynamo.send(
      new GetCommand({ TableName: t.config.HUB_TABLE_NAME, Key: keys.event(id), ConsistentRead: true }),
    );
    return Item!;
  }

  async function createByApi(body: Record<string, unknown>): Promise<{ id: string; slug: string }> {
    const response = await staff.post('/api/admin/events', body);
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; slug: string };
  }

  /** Created by the service itself: what the HTTP validation would refuse still goes through the renderer. */
  async function publishedByService(description: string): Promise<HubEvent> {
    const event = await t.hub.events.create(technicalDayBody({ description }) as NewEvent);
    return t.hub.events.publish(event.id);
  }

  async function setStoredHtml(id: string, html: string | undefined): Promise<void> {
    await t.clients.dynamo.send(
      new UpdateCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Key: keys.event(id),
        ...(html === undefined
          ? { UpdateExpression: 'REMOVE descriptionHtml' }
          : { UpdateExpression: 'SET descriptionHtml = :h', ExpressionAttributeValues: { ':h': html } }),
      }),
    );
  }

  it('stores the rendered HTML beside the Markdown source when staff create an event', async () => {
    const { id } = await createByApi(
      technicalDayBody({ description: '## Programme\n\n- **9 h** : accueil' }),
    );

    const item = await storedItem(id);

    expect(item['description']).toBe('## Programme\n\n- **9 h** : accueil');
    expect(item['descriptionHtml']).toBe(
      '<h2>Programme</h2>\n<ul>\n<li><strong>9 h</strong> : accueil</li>\n</ul>\n',
    );
  });

  it('renders again when staff change the description, and keeps the HTML when they change something else', async () => {
    const { id } = await createByApi(technicalDayBody());

    const described = await staff.patch(`/api/admin/events/${id}`, { description: 'Nouveau *programme*' });
    const afterDescription = (await storedItem(id))['descriptionHtml'];
    const retitled = await staff.patch(`/api/admin/events/${id}`, { title: 'Autre titre' });
    const afterTitle = (await storedItem(id))['descriptionHtml'];

    expect(described.status).toBe(200);
    expect(retitled.status).toBe(200);
    expect(afterDescription).toBe('<p>Nouveau <em>programme</em></p>\n');
    expect(afterTitle).toBe(afterDescription);
  });

  it('stores hostile Markdown saved through the service as safe HTML', async () => {
    const event = await t.hub.events.create(technicalDayBody({ description: HOSTILE_MARKDOWN }) as NewEvent);

    const html = String((await storedItem(event.id))['descriptionHtml']);

    expectSafe(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a href="https://exemple.fr" rel="noopener nofollow">site</a>');
  });

  it('stores the safe rendering of links the staff API accepts, and of a description at its maximum size', async () => {
    const links = await createByApi(
      technicalDayBody({ description: '[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html,x)' }),
    );
    // Nesting, unclosed links and emphasis runs: the inputs that make Markdown parsers work hardest.
    const pathological = ['> '.repeat(2_000), '[x]('.repeat(1_500), '*_'.repeat(3_000), '`'.repeat(2_000)]
      .join('\n\n')
      .slice(0, 20_000);
    const huge = await createByApi(technicalDayBody({ description: pathological }));
    const tooLong = await staff.post(
      '/api/admin/events',
      technicalDayBody({ description: 'a'.repeat(20_001) }),
    );

    const linksHtml = String((await storedItem(links.id))['descriptionHtml']);
    expectSafe(linksHtml);
    expect(linksHtml).not.toContain('href');
    expectSafe(String((await storedItem(huge.id))['descriptionHtml']));
    expect(tooLong.status).toBe(400);
    expect(Object.keys(((await tooLong.json()) as { errors: object }).errors)).toEqual(['description']);
  });

  it('shows the stored HTML on the public API and page, without rendering again', async () => {
    const event = await publishedByService('Source **Markdown**');
    // Differs from what the source would render to: only the stored HTML can produce it.
    await setStoredHtml(event.id, '<p>Rendu <strong>enregistré</strong></p>\n');

    const one = (await (await anonymous.get(`/api/events/${event.slug}`)).json()) as Record<string, unknown>;
    const list = (await (await anonymous.get('/api/events')).json()) as { items: Record<string, unknown>[] };
    const page = await (await t.app.request(`/evenements/${event.slug}`)).text();

    expect(one['description']).toBe('Source **Markdown**');
    expect(one['descriptionHtml']).toBe('<p>Rendu <strong>enregistré</strong></p>\n');
    expect(list.items.find((item) => item['id'] === event.id)?.['descriptionHtml']).toBe(
      '<p>Rendu <strong>enregistré</strong></p>\n',
    );
    expect(page).toContain('<p>Rendu <strong>enregistré</strong></p>');
  });

  it('shows an event stored without HTML as its escaped source, in paragraphs', async () => {
    const event = await publishedByService(`Première ligne\n**gras**\n\n${HOSTILE_MARKDOWN}`);
    await setStoredHtml(event.id, undefined);

    const view = (await (await anonymous.get(`/api/events/${event.slug}`)).json()) as Record<string, unknown>;
    const page = await (await t.app.request(`/evenements/${event.slug}`)).text();

    const html = String(view['descriptionHtml']);
    expect(
      html.startsWith('<p>Première ligne<br>\n**gras**</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'),
    ).toBe(true);
    expect(html).toContain('<p>&lt;div onclick=&quot;alert(1)&quot;&gt;clic&lt;/div&gt;</p>');
    expect(html).not.toContain('<a');
    expectSafe(html);
    expect(page).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(page).not.toContain('<script>alert(1)');
  });
});
