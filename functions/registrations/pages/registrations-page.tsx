import { LANGUAGE_NAMES } from '../../i18n/language-names.js';
import type { HubEvent } from '../../events/event.js';
import { frenchTime, parisShortDateTime } from '../../shared/paris-dates.js';
import { formatEventDates } from '../../events/pages/format.js';
import { InputField, NoticeBox, SelectField, type Notice } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { Registration } from '../registration.js';
import { adminPaths } from '../../admin/admin-links.js';
import { FillRate } from '../../admin/fill-rate.js';
import { STATUS_FILTERS, type RegistrationFilters } from './registration-filters.js';

export interface RegistrationsPageProps {
  event: HubEvent;
  /** Every registration of the event (for the counts). */
  all: Registration[];
  /** Those the search and the status filter keep. */
  shown: Registration[];
  filters: RegistrationFilters;
  notice?: Notice | undefined;
}

const STATUS_OPTIONS = Object.entries(STATUS_FILTERS).map(([value, label]) => ({ value, label }));

export function fullName(registration: Pick<Registration, 'firstName' | 'lastName'>): string {
  return `${registration.firstName} ${registration.lastName}`;
}

/**
 * The registrations of one event, made for the door: search first, one form and one big button per
 * row, and the page comes back with a notice after each check-in.
 */
export function RegistrationsPage({ event, all, shown, filters, notice }: RegistrationsPageProps) {
  const checkedIn = all.filter((r) => r.status === 'confirmed' && r.checkedInAt).length;
  return (
    <StaffLayout title={`Inscriptions · ${event.title}`}>
      <p>
        <a href={adminPaths.dashboard}>← Tableau de bord</a>
      </p>
      <h1>Inscriptions : {event.title}</h1>
      <p class="meta">{formatEventDates(event)} (heure de Paris)</p>
      <FillRate event={event} />
      <p class="meta">
        {checkedIn} présent{checkedIn > 1 ? 's' : ''} pointé{checkedIn > 1 ? 's' : ''}
      </p>
      <p class="actions">
        <a href={adminPaths.registrationsCsv(event.id)} download>
          Exporter en CSV (tableur)
        </a>
        <a href={adminPaths.editEvent(event.id)}>Modifier l’événement</a>
      </p>
      <NoticeBox notice={notice} />
      <form method="get" action={adminPaths.registrations(event.id)} class="filters" role="search">
        <InputField
          name="q"
          label="Rechercher"
          type="search"
          value={filters.q}
          hint="Nom, e-mail ou organisation"
          marked={false}
        />
        <SelectField
          name="statut"
          label="Statut"
          value={filters.statut}
          options={STATUS_OPTIONS}
          marked={false}
        />
        <button type="submit">Filtrer</button>
      </form>
      <h2 id="resultats" aria-live="polite">
        {shown.length} inscription{shown.length > 1 ? 's' : ''}
        {shown.length !== all.length ? ` sur ${all.length}` : ''}
      </h2>
      {shown.some((registration) => registration.status === 'waitlisted') ? (
        <p class="hint">
          « Donner une place » confirme la personne choisie, quel que soit son rang : une place libre s’il en
          reste, sinon une place de plus (la capacité augmente d’une place). Elle reçoit un e-mail avec
          l’invitation.
        </p>
      ) : null}
      {shown.length ? (
        <div class="table-wrap">
          <table class="responsive" aria-labelledby="resultats">
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Organisation</th>
                <th scope="col">E-mail</th>
                <th scope="col">Statut</th>
                <th scope="col">Langue</th>
                <th scope="col">Inscription</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((registration) => (
                <Row event={event} registration={registration} filters={filters} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucune inscription ne correspond.</p>
      )}
    </StaffLayout>
  );
}

function statusText(registration: Registration): string {
  if (registration.status === 'cancelled') return 'Annulée';
  if (registration.status === 'waitlisted') return 'Liste d’attente';
  if (registration.status === 'replay') return 'Replay';
  return 'Confirmée';
}

function Row({
  event,
  registration,
  filters,
}: {
  event: HubEvent;
  registration: Registration;
  filters: RegistrationFilters;
}) {
  const name = fullName(registration);
  return (
    <tr id={`r-${registration.id}`}>
      <th scope="row">{name}</th>
      <td data-label="Organisation">{registration.organisation ?? '—'}</td>
      <td data-label="E-mail">{registration.email}</td>
      <td data-label="Statut">
        {statusText(registration)}
        {registration.checkedInAt ? (
          <>
            {' '}
            <span class="tag ok">Présent à {frenchTime(registration.checkedInAt)}</span>
          </>
        ) : null}
      </td>
      <td data-label="Langue">{LANGUAGE_NAMES[registration.language ?? 'fr']}</td>
      <td data-label="Inscription">{parisShortDateTime(registration.createdAt)}</td>
      <td class="door">
        {registration.status === 'confirmed' && !registration.checkedInAt ? (
          <RowAction
            action={adminPaths.checkIn(event.id, registration.id)}
            label="Pointer présent"
            name={name}
            filters={filters}
          />
        ) : null}
        {registration.status === 'waitlisted' ? (
          <RowAction
            action={adminPaths.promote(event.id, registration.id)}
            label="Donner une place"
            name={name}
            filters={filters}
            secondary
          />
        ) : null}
      </td>
    </tr>
  );
}

function RowAction(props: {
  action: string;
  label: string;
  name: string;
  filters: RegistrationFilters;
  secondary?: boolean;
}) {
  return (
    <form method="post" action={props.action} class="inline">
      <input type="hidden" name="q" value={props.filters.q} />
      <input type="hidden" name="statut" value={props.filters.statut} />
      <button type="submit" class={props.secondary ? 'secondary' : undefined}>
        {props.label}
        <span class="visually-hidden">{` : ${props.name}`}</span>
      </button>
    </form>
  );
}
