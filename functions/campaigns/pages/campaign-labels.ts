import type { CampaignStatus, EventAudience } from '../campaign.js';

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Brouillon',
  scheduled: 'Programmée',
  sending: 'En cours d’envoi',
  paused: 'En pause',
  sent: 'Envoyée',
  cancelled: 'Annulée',
};

export const WHO_LABELS: Record<EventAudience, string> = {
  registrants: 'Les inscrits',
  attendees: 'Les présents',
  'no-shows': 'Les absents (inscrits non venus)',
  'replay-viewers': 'Les spectateurs du replay',
  'registered-not-viewed': 'Les inscrits qui n’ont pas vu le replay',
};

/** While a campaign is in one of these, its page follows it live. */
export const LIVE_STATUSES: readonly CampaignStatus[] = ['scheduled', 'sending'];

/** Where each staff page of a campaign lives; all under /admin/campagnes (the staff function's path). */
export const campaignPaths = {
  list: '/admin/campagnes',
  create: '/admin/campagnes/nouvelle',
  livePreview: '/admin/campagnes/apercu-direct',
  composerScript: '/admin/campagnes/composeur.js',
  progressScript: '/admin/campagnes/suivi.js',
  campaign: (id: string) => `/admin/campagnes/${encodeURIComponent(id)}`,
  edit: (id: string) => `/admin/campagnes/${encodeURIComponent(id)}/modifier`,
  preview: (id: string) => `/admin/campagnes/${encodeURIComponent(id)}/apercu`,
  test: (id: string) => `/admin/campagnes/${encodeURIComponent(id)}/test`,
  send: (id: string) => `/admin/campagnes/${encodeURIComponent(id)}/envoyer`,
  cancel: (id: string) => `/admin/campagnes/${encodeURIComponent(id)}/annuler`,
  resume: (id: string) => `/admin/campagnes/${encodeURIComponent(id)}/reprendre`,
  duplicate: (id: string) => `/admin/campagnes/${encodeURIComponent(id)}/dupliquer`,
  api: (id: string) => `/api/admin/campaigns/${encodeURIComponent(id)}`,
} as const;
