import type { HubApp } from '../http/env.js';
import { renderPage } from '../pages/render.js';
import { NotFoundError } from '../shared/errors.js';
import { problemResponse } from '../http/problem.js';
import type { Mailbox } from './mailbox.js';
import { MailboxPage } from './mailbox-page.js';
import { viewOf } from './mailbox-view.js';

// Answered here rather than thrown: the test run serves these routes from a bare app too.
const unknownMessage = () =>
  problemResponse(new NotFoundError('Ce message n’est pas dans la boîte locale.').toProblem());

/** The local mailbox: registered only by the local hub (createApp's `extend`), never in Lambda. */
export function registerMailboxRoutes(app: HubApp, mailbox: Mailbox): void {
  app.get('/_local/mail', (c) => c.json({ messages: mailbox.list() }));

  app.get('/_local/mail/view', async (c) => {
    const id = c.req.query('id');
    const selected = id === undefined ? undefined : mailbox.get(id);
    if (id !== undefined && !selected) return unknownMessage();
    const view = selected ? { message: selected, ...(await viewOf(selected.raw)) } : undefined;
    return renderPage(c, <MailboxPage messages={mailbox.list()} selected={view} />);
  });

  app.get('/_local/mail/:file{[^/]+\\.eml}', (c) => {
    const message = mailbox.get(c.req.param('file').slice(0, -'.eml'.length));
    if (!message) return unknownMessage();
    return c.body(message.raw, 200, {
      'content-type': 'message/rfc822',
      'content-disposition': `attachment; filename="${message.id.replace(/[^\w.-]/g, '_')}.eml"`,
    });
  });
}
