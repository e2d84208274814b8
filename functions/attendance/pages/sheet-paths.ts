const event = (id: string) => `/admin/evenements/${encodeURIComponent(id)}/emargement`;
const slot = (id: string, slotId: string) => `${event(id)}/${encodeURIComponent(slotId)}`;

/** The trainer's pages: the sheet of an event (one half-day at a time), a trainee's signature, the closing. */
export const sheetPaths = {
  sheet: (id: string, slotId?: string) =>
    slotId ? `${event(id)}?creneau=${encodeURIComponent(slotId)}` : event(id),
  sign: (id: string, slotId: string, registrationId: string) =>
    `${slot(id, slotId)}/signer/${encodeURIComponent(registrationId)}`,
  close: (id: string, slotId: string) => `${slot(id, slotId)}/clore`,
  qr: (id: string, slotId: string) => `${slot(id, slotId)}/qr.svg`,
  code: (id: string, slotId: string) =>
    `/api/admin/events/${encodeURIComponent(id)}/slots/${encodeURIComponent(slotId)}/code`,
};
