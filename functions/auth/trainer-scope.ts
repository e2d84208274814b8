import type { SignedInUser } from './session.js';

/** Where a trainer lands after sign-in: it opens the sheet of their nearest event. */
export const TRAINER_HOME = '/admin/emargement';

const ATTENDANCE_API = /^\/api\/admin\/events\/([^/]+)\/slots(\/[^]*)?$/;
const ATTENDANCE_PAGES = /^\/admin\/evenements\/([^/]+)\/emargement(\/[^]*)?$/;
const ATTENDANCE_SHEET = /^\/api\/admin\/events\/([^/]+)\/attendance\.(?:pdf|csv)$/;

/**
 * A trainer reaches their events' attendance API, pages and signed sheet (PDF, CSV) only (not replacing the
 * slots, which is staff's); every other staff route answers 403.
 */
export function trainerMayReach(user: SignedInUser, method: string, path: string): boolean {
  if (path === TRAINER_HOME) return true;
  const api = ATTENDANCE_API.exec(path);
  if (api && method === 'PUT' && !api[2]) return false;
  const sheet = method === 'GET' ? ATTENDANCE_SHEET.exec(path) : null;
  const eventId = (api ?? sheet ?? ATTENDANCE_PAGES.exec(path))?.[1];
  if (eventId === undefined) return false;
  try {
    return (user.eventIds ?? []).includes(decodeURIComponent(eventId));
  } catch {
    return false;
  }
}
