/**
 * The staff console's sections, in the order of its navigation. Campaigns and kits have their slots
 * here; their pages live with their capabilities (newsletter/campaigns, kits/partners).
 */
export const STAFF_SECTIONS = [
  { href: '/admin', label: 'Tableau de bord' },
  { href: '/admin/evenements/nouveau', label: 'Nouvel événement' },
  { href: '/admin/campagnes', label: 'Campagnes' },
  { href: '/admin/intervenants', label: 'Intervenants' },
  { href: '/admin/kits', label: 'Kits et partenaires' },
  { href: '/admin/newsletter/themes', label: 'Thèmes de la lettre' },
  { href: '/admin/personnes', label: 'Données personnelles' },
] as const;

export type StaffSection = (typeof STAFF_SECTIONS)[number]['href'];
