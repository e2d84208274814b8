/** Where each staff page of an event lives. */
export const adminPaths = {
  dashboard: '/admin',
  newEvent: '/admin/evenements/nouveau',
  editEvent: (id: string) => `/admin/evenements/${encodeURIComponent(id)}/modifier`,
  publishEvent: (id: string) => `/admin/evenements/${encodeURIComponent(id)}/publier`,
  cancelEvent: (id: string) => `/admin/evenements/${encodeURIComponent(id)}/annuler`,
  programme: (id: string) => `/admin/evenements/${encodeURIComponent(id)}/programme`,
  registrations: (id: string) => `/admin/evenements/${encodeURIComponent(id)}/inscriptions`,
  checkIn: (id: string, registrationId: string) =>
    `/admin/evenements/${encodeURIComponent(id)}/inscriptions/${encodeURIComponent(registrationId)}/presence`,
  promote: (id: string, registrationId: string) =>
    `/admin/evenements/${encodeURIComponent(id)}/inscriptions/${encodeURIComponent(registrationId)}/confirmer`,
  registrationsCsv: (id: string) => `/api/admin/events/${encodeURIComponent(id)}/registrations.csv`,
} as const;
