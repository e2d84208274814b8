import { StaffLayout } from '../pages/staff-layout.js';
import { frenchDateTime } from '../shared/paris-dates.js';
import type { MailboxMessage } from './mailbox.js';
import type { MailView } from './mailbox-view.js';

export interface MailboxPageProps {
  messages: MailboxMessage[];
  selected?: MailView & { message: MailboxMessage };
}

// Links open outside the frame: the hub's own pages refuse to be framed.
const OPEN_LINKS_OUTSIDE = '<base target="_blank">';

/** Every mail the local hub sent, newest first; the chosen one shown in a sandboxed frame. */
export function MailboxPage({ messages, selected }: MailboxPageProps) {
  return (
    <StaffLayout title="Boîte aux lettres locale">
      <h1>Boîte aux lettres locale</h1>
      <p class="notice">
        Les e-mails envoyés par le hub local arrivent ici au lieu de partir. Cette page n’existe pas en
        production.
      </p>
      {selected ? <SelectedMail {...selected} /> : null}
      <h2>Messages ({messages.length})</h2>
      {messages.length === 0 ? (
        <p>Aucun message pour l’instant.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Destinataires</th>
                <th scope="col">Objet</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr>
                  <td>{frenchDateTime(message.date)}</td>
                  <td>{message.to.join(', ')}</td>
                  <td>
                    <a
                      href={`/_local/mail/view?id=${encodeURIComponent(message.id)}`}
                      aria-current={selected?.message.id === message.id ? 'true' : undefined}
                    >
                      {message.subject || '(sans objet)'}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}

function SelectedMail({ message, html, text, attachments }: MailView & { message: MailboxMessage }) {
  return (
    <section aria-labelledby="message-titre" class="card">
      <h2 id="message-titre">{message.subject || '(sans objet)'}</h2>
      <p class="meta">
        À {message.to.join(', ')}, le {frenchDateTime(message.date)} ·{' '}
        <a href={`/_local/mail/${encodeURIComponent(message.id)}.eml`}>source MIME (.eml)</a>
      </p>
      {html ? (
        <iframe
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          srcdoc={OPEN_LINKS_OUTSIDE + html}
          title={`Contenu HTML : ${message.subject}`}
          style="width:100%;height:36rem;border:1px solid #c8c8c8"
        />
      ) : null}
      {text ? (
        <details>
          <summary>Version texte</summary>
          <pre style="white-space:pre-wrap">{text}</pre>
        </details>
      ) : null}
      {attachments.length ? (
        <>
          <h3>Pièces jointes</h3>
          <ul>
            {attachments.map((attachment) => (
              <li>
                {attachment.filename} ({attachment.contentType}, {attachment.size} octets)
                {attachment.content ? (
                  <details>
                    <summary>Contenu</summary>
                    <pre style="white-space:pre-wrap">{attachment.content}</pre>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
