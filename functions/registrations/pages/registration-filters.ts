import { z } from 'zod';
import type { Registration } from '../registration.js';

export const STATUS_FILTERS = {
  tous: 'Toutes',
  confirmes: 'Confirmées',
  attente: 'Liste d’attente',
  presents: 'Présents (pointés)',
  absents: 'Confirmées, pas encore pointées',
  annules: 'Annulées',
} as const;
export type StatusFilter = keyof typeof STATUS_FILTERS;

/** The table's query string; anything unexpected falls back to "everything", never to an error. */
export const RegistrationFiltersSchema = z.object({
  q: z.string().max(200).catch('').default(''),
  statut: z
    .enum(Object.keys(STATUS_FILTERS) as [StatusFilter, ...StatusFilter[]])
    .catch('tous')
    .default('tous'),
});
export type RegistrationFilters = z.infer<typeof RegistrationFiltersSchema>;

const MATCHES: Record<StatusFilter, (registration: Registration) => boolean> = {
  tous: () => true,
  confirmes: (r) => r.status === 'confirmed',
  attente: (r) => r.status === 'waitlisted',
  presents: (r) => r.status === 'confirmed' && Boolean(r.checkedInAt),
  absents: (r) => r.status === 'confirmed' && !r.checkedInAt,
  annules: (r) => r.status === 'cancelled',
};

/** Lower case, accents folded: "Élodie" is found by "elodie". */
function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Registrations matching every word of the search (name, e-mail, organisation) and the status. */
export function filterRegistrations(
  registrations: Registration[],
  filters: RegistrationFilters,
): Registration[] {
  const words = folded(filters.q).split(/\s+/).filter(Boolean);
  return registrations.filter((registration) => {
    if (!MATCHES[filters.statut](registration)) return false;
    const haystack = folded(
      [
        registration.firstName,
        registration.lastName,
        registration.email,
        registration.organisation ?? '',
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** The query string that brings the table back as it was. */
export function filtersQuery(filters: RegistrationFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.statut !== 'tous') params.set('statut', filters.statut);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
