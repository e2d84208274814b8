import { Layout } from '../layout.js';
import type { PersonalDataPageProps } from '../personal-data-page.js';

/**
 * The information pages in English, translations of the French ones beside this folder: loaded only by an
 * English request (pages/public-routes.ts). The French pages remain the reference.
 */

/** The accessibility statement (RGAA 4.1). */
export function EnglishAccessibilityPage({ contact }: { contact: string }) {
  return (
    <Layout title="Accessibility">
      <h1>Accessibility statement</h1>
      <p>
        The partners of the magnet and rare earth sector are committed to making this site accessible in
        accordance with article 47 of French law no. 2005-102 of 11 February 2005.
      </p>
      <h2>Compliance status</h2>
      <p>
        This site aims to comply with the RGAA 4.1 (the French accessibility framework, based on WCAG 2.1
        level AA). Every public page is checked automatically with axe-core in a real browser, and the
        registration journey is tested with the keyboard alone. No external audit has been carried out yet:
        the site is therefore, to date, not compliant within the meaning of the RGAA.
      </p>
      <h2>Report a problem</h2>
      <p>
        If you cannot access a content or a service, write to <a href={`mailto:${contact}`}>{contact}</a>: we
        will offer you an accessible alternative. You can also refer the matter to the Défenseur des droits
        (the French rights ombudsman).
      </p>
    </Layout>
  );
}

export function EnglishLegalNoticePage({ contact }: { contact: string }) {
  return (
    <Layout title="Legal notice">
      <h1>Legal notice</h1>
      <h2>Publisher</h2>
      <p>
        Communication hub of the Auvergne-Rhône-Alpes Magnets &amp; Rare Earths sector agreement, bringing
        together the Auvergne-Rhône-Alpes Region, FEDERREC Centre et Sud-Est, MagREESource and REEfine.
        Contact: <a href={`mailto:${contact}`}>{contact}</a>.
      </p>
      <h2>Hosting</h2>
      <p>
        Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg; data stored in Paris.
      </p>
      <h2>Personal data</h2>
      <p>
        See the <a href="/en/personal-data">Personal data</a> page.
      </p>
    </Layout>
  );
}

/** "3 years" for whole years, else a number of days. */
function period(days: number): string {
  if (days % 365 !== 0) return `${days} days`;
  const years = days / 365;
  return `${years} year${years > 1 ? 's' : ''}`;
}

/** What the hub keeps, why, how long, and how to have it erased (GDPR, articles 13 and 15 to 21). */
export function EnglishPersonalDataPage({ contact, retentionDays, confirmDays }: PersonalDataPageProps) {
  const retention = period(retentionDays);
  return (
    <Layout title="Personal data">
      <h1>Personal data</h1>
      <p>
        The hub of the Auvergne-Rhône-Alpes magnet and rare earth sector only collects what it needs to
        organise its events and, if you ask for it, to send you its newsletters.
      </p>
      <h2>What we keep and why</h2>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Data kept, purpose and duration</caption>
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col">Purpose</th>
              <th scope="col">Legal basis</th>
              <th scope="col">Duration</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>First name, last name, email, organisation, job title</td>
              <td>Managing your registration, sending you the confirmation, the reminders and the changes</td>
              <td>Your consent, given and dated when you register</td>
              <td>{retention} after the end of the event, then deletion</td>
            </tr>
            <tr>
              <td>Attendance at the event (sign-in sheet)</td>
              <td>List of participants, training certificates, review of the event</td>
              <td>Your consent</td>
              <td>{retention} after the end of the event</td>
            </tr>
            <tr>
              <td>Wish to receive the newsletter</td>
              <td>Sending it to you, only after confirmation by email (double opt-in)</td>
              <td>Your consent, which you can withdraw in one click</td>
              <td>
                Until you unsubscribe, at most {retention} without interaction; an unconfirmed request is
                deleted after {confirmDays} days
              </td>
            </tr>
            <tr>
              <td>Unsubscription (address and date)</td>
              <td>Respecting your choice: no longer sending you the newsletter</td>
              <td>Legal obligation (proof that consent was withdrawn)</td>
              <td>{retention} after the unsubscription, then deletion</td>
            </tr>
            <tr>
              <td>Partners and staff: address, name, organisation, sign-ins</td>
              <td>Access to the partner area (kits) and to the staff console</td>
              <td>Legitimate interest</td>
              <td>
                Sign-in links: 15 minutes; sessions: until they expire; membership: until it is withdrawn or
                erasure is requested
              </td>
            </tr>
            <tr>
              <td>
                Addresses that failed permanently or reported a message as spam, kept as a fingerprint
                (SHA-256), never in clear
              </td>
              <td>Never writing to them again</td>
              <td>Legitimate interest (deliverability)</td>
              <td>No limit: the only data kept after an erasure, so as never to write to you again</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Newsletter audience measurement</h2>
      <p>
        Our newsletters count openings (an invisible image) and clicks (a link that goes through the hub). If
        you agreed to it when subscribing or on your preferences page, they are counted once for you;
        otherwise the links carry no information about you and only anonymous totals are kept. You can
        withdraw this consent at any time from your preferences; the online version of the newsletters
        (archive) measures nothing.
      </p>
      <h2>Your rights</h2>
      <p>
        You can cancel a registration at any time with the personal link in each of our emails. To obtain a
        copy of your data, or have it corrected or erased, write to{' '}
        <a href={`mailto:${contact}`}>{contact}</a>: we answer within one month. You can also lodge a
        complaint with the CNIL, the French data protection authority (
        <a href="https://www.cnil.fr">www.cnil.fr</a>).
      </p>
      <p>
        Erasure covers everything the hub keeps in your name: subscription, registrations (a registration for
        an upcoming event is cancelled and the seat goes back to the waiting list), records of newsletter
        sends, partner membership, sign-ins. Only the fingerprint of your address remains, if it was blocked,
        so as never to write to you again; overall figures (number of registrants, sending statistics) remain,
        without personal data.
      </p>
      <h2>Recipients</h2>
      <p>
        Your data are neither sold nor transferred. They are hosted by Amazon Web Services in the Paris region
        (eu-west-3) and are only accessible to the sector’s communication team.
      </p>
    </Layout>
  );
}
